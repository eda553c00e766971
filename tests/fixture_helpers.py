"""Helpers shared by several test modules: the two-case fixture graphs and a loopback listener."""
from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import rdflib
from rdflib import URIRef

# Two hand-written report graphs (YWHAE::ROS1 IMT; ALK with unknown partner) following ontology/README.md.
FIXTURE_TRIG = Path(__file__).parent / "fixtures" / "graphs" / "two_cases.trig"


def fixture_graph(iri: str) -> rdflib.Graph:
    """One named graph of the two-case fixture, as a plain rdflib Graph."""
    ds = rdflib.Dataset()
    ds.parse(FIXTURE_TRIG, format="trig")
    g = rdflib.Graph()
    for t in ds.graph(URIRef(iri)):
        g.add(t)
    return g


class FifoSpy:
    """A named pipe that records whether anyone opened it for reading (and then serves ``content``)."""

    def __init__(self, path: Path, content: bytes):
        self.path, self.content, self._done = path, content, False
        self.opened = threading.Event()
        os.mkfifo(path)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            fd = os.open(self.path, os.O_WRONLY)  # blocks until a reader opens the pipe
            if self._done:
                os.close(fd)
                return
            self.opened.set()
            try:
                os.write(fd, self.content)
            except BrokenPipeError:
                pass
            os.close(fd)

    def close(self) -> None:
        self._done = True
        fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)  # releases the blocked writer
        self._thread.join(5)
        os.close(fd)


class Listener:
    """A loopback TCP listener that must never see a connection (network-access probes)."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"

    def connections(self, wait: float = 0.3) -> int:
        """Connections accepted since the last call (waits up to `wait` seconds for each)."""
        self.sock.settimeout(wait)
        n = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, BlockingIOError):
                return n
            conn.close()
            n += 1


# Term nodes (typed with a term class) live in the store's terminology graph, not in report graphs.
_KG = "https://w3id.org/kg-oncocase/vocab#"
TERM_CLASSES = {URIRef(_KG + c) for c in ("Term", "Gene", "Drug", "Tumor", "ResponseTerm", "AdverseEventTerm",
                                          "ProcedureTerm")}


def term_nodes(g: rdflib.Graph) -> set:
    return {s for s, o in g.subject_objects(rdflib.RDF.type) if o in TERM_CLASSES}


def report_part(g: rdflib.Graph) -> rdflib.Graph:
    """What the store keeps in a report's graph: ``g`` without the triples of its term nodes."""
    terms = term_nodes(g)
    out = rdflib.Graph()
    for t in g:
        if t[0] not in terms:
            out.add(t)
    return out


def term_part(g: rdflib.Graph) -> rdflib.Graph:
    """The triples of ``g``'s term nodes (kept once, in the terminology graph)."""
    terms = term_nodes(g)
    out = rdflib.Graph()
    for t in g:
        if t[0] in terms:
            out.add(t)
    return out
