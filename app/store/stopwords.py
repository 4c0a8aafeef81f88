"""Stop words: the one list, per language, of words too common to count as a search hit.

A multi-word query is matched, ranked and highlighted on its content words only:
"deportation from Armenia" asks for "deportation" and "Armenia", and "from" neither
decides the order of the results nor is marked in a snippet. A query made only of stop
words ("from", "und") is searched as typed (see `query.ParsedQuery.without_stop_words`).

Kept deliberately short: articles, prepositions, conjunctions, pronouns and auxiliaries.
Words that carry meaning in this guidebook stay out even where general lists have them:
English "may" (the month), "us", "will", "up" (call-up), negations (not, nicht, не, нет);
German "war" is only a stop word in German, never for English text.
Cyrillic words are always looked up in the Russian list, whatever the interface language.
"""

from __future__ import annotations

import re

_LISTS = {
    "en": """
        a an the and or but nor if so than then as of in on at to from by with without for into onto
        upon about over under after before between during through within against towards toward via
        per is are was were be been being am do does did has have had it its this that these those
        there here which who whom whose what when where why how he she him her his hers they them
        their theirs we our ours you your yours me my mine i also both either neither such
        """,
    "de": """
        der die das den dem des ein eine einer eines einem einen und oder aber sondern denn doch
        in im ins an am auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter neben
        zwischen durch gegen ohne um bis seit während wegen trotz als wie ob dass wenn weil
        ist sind war waren wird werden wurde wurden sei sein hat haben hatte hatten es er sie wir ihr
        ich du man sich ihm ihn ihnen ihre ihrem ihren ihrer ihres sein seine seinem seinen seiner
        seines dieser diese dieses diesem diesen welcher welche welches so auch noch nur schon
        """,
    "ru": """
        и а но или либо да же ли бы в во на с со к ко по о об обо от из изо у за для до при без
        над под про через между перед после около как что чтобы то это этот эта эти этого этой этом
        тот та те того том так также тоже он она оно они его ее их ему ей им ими нему ней них
        я мы вы ты меня нас вас себя свой своя свое свои который которая которое которые
        которого которой котором которых был была было были быть есть будет
        """,
}

_WORDS = {lang: frozenset(words.split()) for lang, words in _LISTS.items()}
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def is_stop_word(word: str, lang: str | None = None) -> bool:
    """True for a word of the stop list of `lang` (Cyrillic words: of the Russian list)."""
    low = word.casefold().replace("ё", "е")
    if _CYRILLIC.search(low):
        return low in _WORDS["ru"]
    return low in _WORDS["de" if lang == "de" else "en"]
