"""The converter's diagnostic codes: one code, one documented rule."""

from __future__ import annotations

from dataclasses import dataclass

from akn_un.core.diagnostics import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    """A diagnostic the converter can report."""

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "V001", "footnote-body-missing", Severity.ERROR,
            "A footnote marker has no footnote body.",
            "A superscript number in the text has no block starting with "
            "the same superscript number: a note was lost. The digits are "
            "kept as text. A power (m², km², 10³) is no marker and is not "
            "reported.",
        ),
        Rule(
            "V002", "footnote-marker-missing", Severity.ERROR,
            "A footnote body has no marker in the text.",
            "The body is kept as a note at the end of the paragraph it "
            "interrupts (or the last paragraph before it), so no text is "
            "lost, but that place is a guess: move the note to where its "
            "marker belongs.",
        ),
        Rule(
            "V003", "footnote-body-duplicate", Severity.ERROR,
            "Two footnote bodies have the same number.",
            "The first body is used for the marker; the second is kept "
            "like a body without a marker (V002).",
        ),
        Rule(
            "V004", "block-unclassified", Severity.WARNING,
            "A block could not be classified.",
            "A masthead line the converter does not know, or text after "
            "the closing lines (meeting and date) that is neither an "
            "annex nor a vote line. It is kept as text where it stands: "
            "a line of the cover page, a paragraph of the conclusions.",
        ),
        Rule(
            "V005", "lead-phrase-unknown", Severity.INFO,
            "A paragraph opens with a lead phrase not in the vocabulary.",
            "Lead phrases come from the UN's own files. A phrase never "
            "seen before is guessed (the opening verb and its adverbs); "
            "check the guess, which becomes container/@name.",
        ),
        Rule(
            "V006", "date-unparsed", Severity.WARNING,
            "A date could not be read.",
            "Dates are expected as '16 December 2020'. The text is kept; "
            "the date it should give is left out of the metadata.",
        ),
        Rule(
            "V007", "metadata-missing", Severity.ERROR,
            "The text lacks what the FRBR metadata needs.",
            "The resolution number, organ or adoption date could not be "
            "found. Pass it as an override (symbol=, adoption_date=; on "
            "the command line --symbol, --adoption-date); until then the "
            "IRI holds a placeholder.",
        ),
        Rule(
            "V008", "italic-wrapped-paragraph", Severity.INFO,
            "A paragraph was italic from end to end; italics inverted.",
            "PDF extraction sometimes italicises a whole paragraph. Only "
            "the lead phrase is italic in the official text, and titles "
            "set off inside the paragraph keep their italics.",
        ),
        Rule(
            "V009", "link-target-unknown", Severity.WARNING,
            "A link's text is not a UN document the converter recognises.",
            "A '[text](#)' link with no target is linked to the UN "
            "document its text cites. When the text cites none, the text "
            "is kept without a link.",
        ),
        Rule(
            "V010", "operative-numbers-out-of-order", Severity.WARNING,
            "Operative paragraphs are not numbered 1, 2, 3 … in order.",
            "A number repeats, jumps or goes back. The paragraphs are "
            "kept as printed; eIds of repeats get a suffix.",
        ),
        Rule(
            "V011", "session-date-mismatch", Severity.WARNING,
            "The session number does not fit the adoption date.",
            "Regular session N runs from September of 1945+N to "
            "September of 1946+N.",
        ),
        Rule(
            "V012", "unpaired-asterisk", Severity.WARNING,
            "An asterisk opens italics that never close.",
            "The asterisk is kept as text.",
        ),
        Rule(
            "V013", "dates-disagree", Severity.WARNING,
            "The masthead and the closing give different adoption dates.",
            "The masthead's date is used.",
        ),
        Rule(
            "V014", "issue-date-missing", Severity.INFO,
            "The text gives no date of issue; the adoption date is used.",
            "The date printed under 'Distr.: General' is the date of "
            "issue (FRBRExpression/FRBRdate). Without it the adoption date "
            "stands in; pass issue_date= (--issue-date) to set it.",
        ),
        Rule(
            "V015", "character-not-allowed", Severity.WARNING,
            "A character that XML cannot hold was replaced by U+FFFD.",
            "Control characters (other than tab and line ends), lone "
            "surrogates and U+FFFE/U+FFFF cannot appear in XML 1.0. Each "
            "is replaced by the replacement character, so positions and "
            "every other character are kept.",
        ),
        Rule(
            "V016", "structure-not-found", Severity.ERROR,
            "The text has no enacting formula or no operative paragraph.",
            "A resolution opens its body with the enacting formula ('The "
            "General Assembly,') and decides something in operative "
            "paragraphs. When neither is found the text was not read as "
            "a resolution (an extraction that lost its lines, another "
            "kind of document) and the output is not to be trusted.",
        ),
        Rule(
            "V017", "page-furniture-removed", Severity.INFO,
            "Lines of page furniture were taken out of the text.",
            "Job numbers ('18-18418 (E)'), date codes, barcodes, page "
            "numbers ('2/5') and running heads (the symbol, the short "
            "title) are printed on every page of a UN PDF; extractions "
            "leave them where the page ended. They are not the "
            "resolution's text and are left out of the output; the first "
            "is named, and the lines are counted.",
        ),
        Rule(
            "V018", "point-letters-restored", Severity.INFO,
            "Points whose letters the extraction lost were lettered.",
            "Some extractions drop the labels of lettered lists. A "
            "numbered paragraph ending with a colon, then paragraphs "
            "ending with semicolons (the last with a full stop) before "
            "the next number, are the points (a), (b) … of the UN's "
            "layout; they are lettered in order. Check the letters "
            "against the PDF.",
        ),
        Rule(
            "V019", "paragraph-cut-short", Severity.ERROR,
            "A paragraph ends mid-sentence before a numbered one.",
            "A paragraph whose last word is 'to', 'of', 'the' … cannot end "
            "there: the extraction lost the rest of it (a line at a page's "
            "end, say). The text is kept as it is; add what is missing "
            "from the PDF.",
        ),
    )
}  # fmt: skip
