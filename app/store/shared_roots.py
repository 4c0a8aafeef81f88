"""Places whose people and adjectives are spelled on another stem: the one list, as data.

A Snowball stemmer strips endings; it never relates "Чечня" (stem "чечн") to "чеченцев"
(stem "чеченц"), nor "Chechnya" to "Chechens": the name of a place and the word for its
people share only their first letters. A counsellor typing the place means both, so a
typed word that begins with the stem of a place below is searched by the root it shares
with the words for its people, as a prefix ("чеч*" finds Чечня, Чечни, чеченцев,
чеченский). The way back is left to the stemmer: "Chechen" is searched as "chechen*",
so the rulings on Chechens rank first, not every page that names Chechnya.

Kept to names this guidebook and the reports it summarises use, each with the forms its
root finds; a root is only listed where it is long enough not to find unrelated words (no
"бел" for Беларусь/белорусский: it would find every "белый"). Checked by
tests/unit/store/test_stem.py against the words of the bundled store. A module, not a file
in resources/: the list is part of how the search reads a word, like the stop words, so it
ships with the code (the build bundles named resource folders only) and a content edition
cannot replace it.
"""

from __future__ import annotations

# stem of the place (folded: lowercase, ё as е, no accents) -> (the root searched instead,
# the stems of every word that root may find in the guidebook)
SHARED_ROOTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "чечн": ("чеч", ("чечн", "чечен")),                       # Чечня, Чечни → чеченцев, чеченский
    "chechn": ("chech", ("chechn", "chechen")),                # Chechnya → Chechen, Chechens
    "tschetschenien": ("tschetschen", ("tschetschen",)),       # Tschetschenien → Tschetschenen
}


def shared_root(word: str) -> str | None:
    """The root to search for a folded word, when it names one of the places above."""
    for place, (root, _finds) in SHARED_ROOTS.items():
        if word.startswith(place):
            return root
    return None
