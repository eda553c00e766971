"""Figures of the case store drawn with matplotlib: the per-case timeline (``kg.plot.timeline``,
used by `kg site`) and the cohort swimmer plot (``kg.plot.swimmer``, `kg plot swimmer`)."""
