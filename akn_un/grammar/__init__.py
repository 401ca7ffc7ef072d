"""How the UN writes its documents, as data the converter and validators read.

Each UN language (``languages``), its lead-phrase vocabulary
(``vocabulary``, ``data/``), its dates (``dates``), the shapes of a
resolution's blocks (``shapes``: numbers, formulas, closing lines, end
marks) and how documents cite resolutions and symbols (``citations``,
``citing_languages``, ``resolution_numbers``).  It imports only
:mod:`akn_un.core`.
"""
