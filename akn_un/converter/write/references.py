"""TLC references: every ``refersTo``/``href="#…"`` the output uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from akn_un.converter.write.akn import Out
from akn_un.core.organs import ECOSOC, GA, HRC, SC

ONTOLOGY = "/akn/ontology"
SOURCE = "aknUn"

_KNOWN: dict[str, tuple[str, str, str]] = {
    SOURCE: ("TLCOrganization", "/organization/aknUn", "akn-un converter"),
    "un": ("TLCOrganization", "/organization/un/unitedNations",
           "United Nations"),
    "ga": ("TLCOrganization", "/organization/un/generalAssembly", GA.name),
    "sc": ("TLCOrganization", "/organization/un/securityCouncil", SC.name),
    "ecosoc": ("TLCOrganization", "/organization/un/economicAndSocialCouncil",
               ECOSOC.name),
    "hrc": ("TLCOrganization", "/organization/un/humanRightsCouncil",
            HRC.name),
    "author": ("TLCRole", "/role/un/author", "Author"),
    "issuer": ("TLCRole", "/role/un/issuer", "Issuer"),
    "editor": ("TLCRole", "/role/un/editor", "Editor"),
    "symbol": ("TLCConcept", "/concept/un/symbol", "Symbol"),
    "dateOfIssuance": ("TLCConcept", "/concept/un/dateOfIssuance",
                       "Date of issuance"),
    "dateOfAdoption": ("TLCConcept", "/concept/un/dateOfAdoption",
                       "Date of adoption"),
    "resolutionTitle": ("TLCConcept", "/concept/un/resolutionTitle",
                        "Resolution title"),
    "resolutionNumber": ("TLCConcept", "/concept/un/resolutionNumber",
                         "Resolution number"),
    "noMainCommittee": ("TLCConcept", "/concept/un/noMainCommittee",
                        "Without reference to a Main Committee"),
}  # fmt: skip
_ORDER = ("TLCOrganization", "TLCConcept", "TLCRole")


def camel_id(name: str) -> str:
    """An eId for a named body: "Third Committee" gives "thirdCommittee"."""
    words: list[str] = re.findall(r"[A-Za-z0-9]+", name)
    if not words:
        return "body"
    return words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])


@dataclass(slots=True)
class References:
    """The TLC entries used so far, to be written into ``<references>``."""

    used: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def ref(self, eid: str) -> str:
        """``#eid`` for a known TLC entry, noting that it is used."""
        self.used[eid] = _KNOWN[eid]
        return f"#{eid}"

    def organization(self, name: str) -> str:
        """``#eid`` of an organization known only by its printed name."""
        eid = camel_id(name)
        if eid in _KNOWN:
            return self.ref(eid)
        self.used[eid] = ("TLCOrganization", f"/organization/un/{eid}", name)
        return f"#{eid}"

    def concept(self, eid: str, show_as: str) -> str:
        """``#eid`` of a concept (a distribution, a committee's absence)."""
        self.used[eid] = _KNOWN.get(
            eid, ("TLCConcept", f"/concept/un/{eid}", show_as)
        )
        return f"#{eid}"

    def write(self, out: Out) -> None:
        """Write ``<references>`` with every entry used, in schema order."""
        out.open("references", source=f"#{SOURCE}")
        self.ref(SOURCE)
        for kind in _ORDER:
            for eid, (tag, path, show_as) in sorted(self.used.items()):
                if tag == kind:
                    out.element(
                        tag, eId=eid, href=ONTOLOGY + path, showAs=show_as
                    )
        out.close("references")
