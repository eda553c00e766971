"""kg.nlp.doc_text.sentences_with_entities: the one walk kg_cues, kg_assertion and kg_responses read sentences by."""
from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import SENT_START

from kg.nlp.doc_text import doc_text, sentences_with_entities
from kg.nlp.ents import ents_of

# made-up reports: several sentences, entities in some of them, a sentence without any, a table line
TEXTS = [
    "A 61-year-old man with EML4-ALK positive lung adenocarcinoma received crizotinib. After three months a CT "
    "scan showed a partial response. He felt well. Alectinib was started in May 2019; a complete response followed.",
    "Case presentation. A woman, 47, had ROS1-rearranged NSCLC. Treatment | Response | Grade\n"
    "entrectinib | stable disease | 2\nShe then received docetaxel. No progression was seen at 6 months.",
    "Pembrolizumab.",
]


def _per_sentence_scan(doc, text):
    """The walk as kg_responses wrote it before: sentence bounds from SENT_START, then every entity of the doc
    tested against each sentence."""
    starts = [int(i) for i in np.flatnonzero(doc.to_array(SENT_START) == 1)]
    if not starts or starts[0] != 0:
        starts = [0] + starts
    ents = list(ents_of(doc))
    out = []
    for ts, te in zip(starts, starts[1:] + [len(doc)]):
        if ts >= te:
            continue
        cs, ce = doc[ts].idx, doc[te - 1].idx + len(doc[te - 1])
        out.append((ts, te, cs, text[cs:ce], [x for x in ents if ts <= x.start < te]))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_one_walk_gives_the_per_sentence_scan(nlp, text):
    doc = nlp(text)
    full = doc_text(doc)
    walked = list(sentences_with_entities(doc, full))
    assert len(walked) > (0 if text == TEXTS[-1] else 2)
    assert any(ents for *_, ents in walked)
    assert walked == _per_sentence_scan(doc, full)
