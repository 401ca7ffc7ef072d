"""The converter's rules: what it reports about the text it converts.

Each rule is a constant, reported by it (``context.report(STRUCTURE_NOT_FOUND,
…)``), never by its code as a string.
"""

from __future__ import annotations

from akn_un.core.diagnostics import Severity
from akn_un.core.rules import Rule, by_code

FOOTNOTE_BODY_MISSING = Rule(
    "V001", "footnote-body-missing", Severity.ERROR, """\
A footnote marker has no footnote body.

A superscript number in the text has no block starting with the same
superscript number. The digits are kept as text. A power (m², km², 10³) is
no marker and is not reported.

## Why is this bad?
A note was lost: the reader meets a number that leads nowhere.

## Example
"the Convention¹" with no note "¹ …" after the paragraph.
""")
FOOTNOTE_MARKER_MISSING = Rule(
    "V002", "footnote-marker-missing", Severity.ERROR, """\
A footnote body has no marker in the text.

The body is kept as a note at the end of the paragraph it interrupts (or
the last paragraph before it), so no text is lost, but that place is a
guess: move the note to where its marker belongs.

## Why is this bad?
The note is attached where its marker was not: a reader cannot tell what
it supports.

## Example
A note "³ A/75/125." while no "³" stands in the text.
""")
FOOTNOTE_BODY_DUPLICATE = Rule(
    "V003", "footnote-body-duplicate", Severity.ERROR, """\
Two footnote bodies have the same number.

The first body is used for the marker; the second is kept like a body
without a marker (V002).

## Why is this bad?
One of the two notes is in the wrong place or has the wrong number.

## Example
Two blocks that start with "⁴".
""")
BLOCK_UNCLASSIFIED = Rule(
    "V004", "block-unclassified", Severity.WARNING, """\
A block could not be classified.

A masthead line the converter does not know, or text after the closing
lines (meeting and date) that is neither an annex nor a vote line. It is
kept as text where it stands: a line of the cover page, a paragraph of
the conclusions.

## Why is this bad?
Its place in the structure is a guess; it may be metadata the output
lacks, or text that belongs elsewhere.

## Example
A line "Agenda item 72 (b)" between the masthead and the title.
""")
LEAD_PHRASE_UNKNOWN = Rule(
    "V005", "lead-phrase-unknown", Severity.INFO, """\
A paragraph opens with a lead phrase not in the vocabulary.

Lead phrases come from the UN's own files. A phrase never seen before is
guessed (the opening verb and its adverbs); check the guess, which
becomes container/@name.

## Why is this bad?
A wrong guess names the paragraph wrongly for software that looks
paragraphs up by their lead phrase.

## Example
"*Looking forward with hope* to …", a phrase no official file uses.
""")
DATE_UNPARSED = Rule(
    "V006", "date-unparsed", Severity.WARNING, """\
A date could not be read.

Dates are expected as "16 December 2020". The text is kept; the date it
should give is left out of the metadata.

## Why is this bad?
The metadata lacks a date the text gives.

## Example
"16th Dec. 2020" as the adoption date.
""")
METADATA_MISSING = Rule(
    "V007", "metadata-missing", Severity.ERROR, """\
The text lacks what the FRBR metadata needs.

The resolution number, organ or adoption date could not be found. Pass
it as an override (symbol=, adoption_date=; on the command line
--symbol, --adoption-date). Without a number or date nothing is
written; an organ that cannot be told is taken to be the General
Assembly, and said so.

## Why is this bad?
The IRIs that identify the document would be wrong.

## Example
A text that starts at its preamble, without its masthead.
""")
ITALIC_WRAPPED_PARAGRAPH = Rule(
    "V008", "italic-wrapped-paragraph", Severity.INFO, """\
A paragraph was italic from end to end; italics inverted.

PDF extraction sometimes italicises a whole paragraph. Only the lead
phrase is italic in the official text, and titles set off inside the
paragraph keep their italics.

## Why is this bad?
Nothing is wrong in the output; the text given was not as printed.

## Example
"*Decides to remain seized of the matter.*" as one italic run.
""")
LINK_TARGET_UNKNOWN = Rule(
    "V009", "link-target-unknown", Severity.WARNING, """\
A link's text is not a UN document the converter recognises.

A "[text](#)" link with no target is linked to the UN document its text
cites. When the text cites none, the text is kept without a link.

## Why is this bad?
The author meant a link that the output does not have.

## Example
"[the report](#)".
""")
OPERATIVE_NUMBERS_OUT_OF_ORDER = Rule(
    "V010", "operative-numbers-out-of-order", Severity.WARNING, """\
Operative paragraphs are not numbered 1, 2, 3 … in order.

A number repeats, jumps or goes back. The paragraphs are kept as
printed; eIds of repeats get a suffix.

## Why is this bad?
Paragraphs are cited by number: a repeat or a gap makes a citation
ambiguous or points it at nothing.

## Example
Paragraphs 1, 2, 2, 4.
""")
SESSION_DATE_MISMATCH = Rule(
    "V011", "session-date-mismatch", Severity.WARNING, """\
The session number does not fit the adoption date.

Regular session N runs from September of 1945+N to September of 1946+N.

## Why is this bad?
The number or the date is mistyped, and the IRIs carry it.

## Example
Resolution 75/1 adopted on 16 December 2022.
""")
UNPAIRED_ASTERISK = Rule(
    "V012", "unpaired-asterisk", Severity.WARNING, """\
An asterisk opens italics that never close.

The asterisk is kept as text.

## Why is this bad?
Italics the author meant (a lead phrase, a title) are lost.

## Example
"*Recalling its resolution 74/1,".
""")
DATES_DISAGREE = Rule(
    "V013", "dates-disagree", Severity.WARNING, """\
The masthead and the closing give different adoption dates.

The masthead's date is used.

## Why is this bad?
One of the two is mistyped; the metadata may hold the wrong one.

## Example
"Resolution adopted by the General Assembly on 16 December 2020" and
"46th plenary meeting 17 December 2020".
""")
ISSUE_DATE_MISSING = Rule(
    "V014", "issue-date-missing", Severity.INFO, """\
The text gives no date of issue; the adoption date is used.

The date printed under "Distr.: General" is the date of issue
(FRBRExpression/FRBRdate). Without it the adoption date stands in; pass
issue_date= (--issue-date) to set it.

## Why is this bad?
The expression's date may be a few days early.

## Example
A masthead without its "Distr.: General 28 December 2020" lines.
""")
CHARACTER_NOT_ALLOWED = Rule(
    "V015", "character-not-allowed", Severity.WARNING, """\
A character that XML cannot hold was replaced by U+FFFD.

Control characters (other than tab and line ends), lone surrogates and
U+FFFE/U+FFFF cannot appear in XML 1.0. Each is replaced by the
replacement character, so positions and every other character are kept.

## Why is this bad?
The source had a character no reader can see: often a damaged
extraction.

## Example
A form feed or U+0007 inside a paragraph.
""")
STRUCTURE_NOT_FOUND = Rule(
    "V016", "structure-not-found", Severity.ERROR, """\
The text has no enacting formula or no operative paragraph.

A resolution opens its body with the enacting formula ("The General
Assembly,") and decides something in operative paragraphs.

## Why is this bad?
When neither is found the text was not read as a resolution (an
extraction that lost its lines, another kind of document) and the output
is not to be trusted.

## Example
A README converted by mistake.
""")
PAGE_FURNITURE_REMOVED = Rule(
    "V017", "page-furniture-removed", Severity.INFO, """\
Lines of page furniture were taken out of the text.

Job numbers ("18-18418 (E)"), date codes, barcodes, page numbers ("2/5")
and running heads (the symbol, the short title) are printed on every page
of a UN PDF; extractions leave them where the page ended. They are left
out of the output; the first is named, and the lines are counted.

## Why is this bad?
Nothing is wrong in the output; check that no line of the resolution was
taken for furniture.

## Example
"20-17488 3/5" between two lines of a paragraph.
""")
POINT_LETTERS_RESTORED = Rule(
    "V018", "point-letters-restored", Severity.INFO, """\
Points whose letters the extraction lost were lettered.

Some extractions drop the labels of lettered lists. A numbered paragraph
ending with a colon, then paragraphs ending with semicolons (the last
with a full stop) before the next number, are the points (a), (b) … of
the UN's layout; they are lettered in order.

## Why is this bad?
The letters are the converter's; check them against the PDF.

## Example
"2. Decides:" followed by three lines ending ";", ";" and ".".
""")
PARAGRAPH_CUT_SHORT = Rule(
    "V019", "paragraph-cut-short", Severity.ERROR, """\
A paragraph ends mid-sentence before a numbered one.

A paragraph whose last word is "to", "of", "the" … cannot end there. The
text is kept as it is; add what is missing from the PDF.

## Why is this bad?
The extraction lost the rest of it (a line at a page's end, say): words
of the resolution are missing.

## Example
"6. Calls upon all States to" followed by "7. Decides …".
""")
PAGE_WITHOUT_TEXT = Rule(
    "V020", "page-without-text", Severity.ERROR, """\
A page of the PDF gives no text, between pages that do.

A page in the middle of a resolution always carries text. One that gives
none is blank, damaged (its content stream empty or unreadable) or an
image; the paragraph before it is not joined to the text after it.

## Why is this bad?
Words of the resolution are missing: what the page held is not in the
output. Convert a sound copy of the PDF, or the text of that page.

## Example
Page 3 of 10 with an empty content stream.
""")
MARKER_READ_FROM_FIGURE = Rule(
    "V021", "marker-read-from-figure", Severity.INFO, """\
A figure in the text was read as a footnote's marker.

Plain text loses the superscript of a marker ("Court,2", "Statute 1
reaffirms"). A figure is read as the marker of the note that has its
number only where that note's body is present, in the notes' order, and
never where the figure is the text's own (a paragraph's number, a date,
a count such as "2 Member States"). Each one read so is named here.

## Why is this bad?
Nothing is wrong if the figure is the marker; check each against the
PDF, since a figure of the text taken for one would be lost from it.

## Example
"the report 2 requested" with a note 2 at the foot of the page.
""")

GIVEN_DATE_DISAGREES = Rule(
    "V022", "given-date-disagrees", Severity.ERROR, """\
The adoption date given is not the one the text prints.

The date given goes into the metadata and the IRIs; the text keeps its
own, so the document says two dates (the validators' D010).

## Why is this bad?
One of them is wrong: a date given for another resolution, or a text
that misprints its own. Pass the date the text prints, or correct the
text.

## Example
``--adoption-date 2021-06-01`` for a text closing "16 December 2020".
""")

GIVEN_SYMBOL_DISAGREES = Rule(
    "V024", "given-symbol-disagrees", Severity.ERROR, """\
The symbol given is not the one the text prints.

The symbol given goes into the metadata and the IRIs; the text keeps its
own number, so the document names two (the validators' D009).

## Why is this bad?
One of them is wrong: a symbol given for another resolution (one
``--symbol`` for a folder of files, a script's slip), or a text that
misprints its own. Pass the symbol the text prints, or correct the text.

## Example
``--symbol A/RES/75/1`` for a text titled "75/196. Title".
""")

FRONT_MATTER_UNREAD = Rule(
    "V025", "front-matter-unread", Severity.WARNING, """\
The block that opens the text between two ``---`` lines is not YAML.

It is read as YAML front matter (``symbol:``, ``date:``) when it is YAML
(safely: no tags, no objects); when the parser stops, the message gives
its reason and line, the block stays in the text (every word kept), and
none of its values is used.

## Why is this bad?
A symbol or date written there is not read; the text may be refused for
want of it, or converted with another.

## Example
``symbol: A/RES/75/196: draft`` (a second colon in a plain value).
""")

HYPHEN_UNDECIDED = Rule(
    "V023", "hyphen-undecided", Severity.INFO, """\
A word split at a hyphen was joined without evidence in the text.

A PDF breaks lines at a compound's hyphen ("drug-" then "resistant");
extractions keep the break, or make it a space ("nuclear- weapon"). The
text's own words decide: the compound written whole elsewhere is
joined, the halves written apart elsewhere (or a hyphen standing apart,
"age- and gender-sensitive") are kept apart. Where the text has neither,
the compound is joined and named here.

## Why is this bad?
Nothing is wrong if the compound is one word; check each against the PDF,
since a hyphen the text set apart on purpose would have lost its space.

## Example
"Svenska Freds- och Skiljedomsföreningen", written once.
""")

RULES: dict[str, Rule] = by_code(
    FOOTNOTE_BODY_MISSING,
    FOOTNOTE_MARKER_MISSING,
    FOOTNOTE_BODY_DUPLICATE,
    BLOCK_UNCLASSIFIED,
    LEAD_PHRASE_UNKNOWN,
    DATE_UNPARSED,
    METADATA_MISSING,
    ITALIC_WRAPPED_PARAGRAPH,
    LINK_TARGET_UNKNOWN,
    OPERATIVE_NUMBERS_OUT_OF_ORDER,
    SESSION_DATE_MISMATCH,
    UNPAIRED_ASTERISK,
    DATES_DISAGREE,
    ISSUE_DATE_MISSING,
    CHARACTER_NOT_ALLOWED,
    STRUCTURE_NOT_FOUND,
    PAGE_FURNITURE_REMOVED,
    POINT_LETTERS_RESTORED,
    PARAGRAPH_CUT_SHORT,
    PAGE_WITHOUT_TEXT,
    MARKER_READ_FROM_FIGURE,
    GIVEN_DATE_DISAGREES,
    GIVEN_SYMBOL_DISAGREES,
    FRONT_MATTER_UNREAD,
    HYPHEN_UNDECIDED,
)
