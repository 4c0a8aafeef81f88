-- Objector Guide content store. Built by `objector-guide build-db` from resources/;
-- opened read-only at run time. The same layout serves the user's store of imported
-- reports (origin = 'import:<id>'), so one search code path covers both.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per record and language. `body` is plain text for the index; `html` is the
-- rendered page body; `data` is JSON with the kind-specific fields for the reader.
-- The long texts come last, the most read first: SQLite reaches a column stored after a
-- text that spills onto overflow pages only by reading those pages. A search reads kind, id,
-- lang, title and origin of every hit, the contents list (drawn in the first frame) `data`
-- as well; with them after body and html, each hit and each row of the list read its
-- record's whole text (7% of a search, and those pages filled the page cache: #19). The
-- order affects speed only (every reader names its columns): a store made earlier keeps its
-- order and works as before.
CREATE TABLE IF NOT EXISTS records (
    rowid          INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('section', 'term', 'law')),
    id             TEXT NOT NULL,
    lang           TEXT NOT NULL,
    title          TEXT NOT NULL,
    aliases        TEXT NOT NULL DEFAULT '',
    source_section TEXT NOT NULL DEFAULT '',
    as_of          TEXT NOT NULL DEFAULT '',
    parent         TEXT,
    ord            INTEGER NOT NULL DEFAULT 0,
    fallback       INTEGER NOT NULL DEFAULT 0,   -- 1: body shown in English, translation missing
    origin         TEXT NOT NULL DEFAULT 'bundled',
    data           TEXT NOT NULL DEFAULT '{}',
    body           TEXT NOT NULL,
    html           TEXT NOT NULL,
    UNIQUE (kind, id, lang)
);
CREATE INDEX IF NOT EXISTS records_lang_kind ON records (lang, kind, ord);

-- Exact names (terms, aliases, equivalents, citations) for "exact match first" ranking.
CREATE TABLE IF NOT EXISTS names (
    name TEXT NOT NULL,      -- normalised: casefolded, single spaces, ё→е
    kind TEXT NOT NULL,
    id   TEXT NOT NULL,
    PRIMARY KEY (name, kind, id)
) WITHOUT ROWID;

-- Links between records (section→term, section→law, term→related …).
CREATE TABLE IF NOT EXISTS links (
    from_kind TEXT NOT NULL,
    from_id   TEXT NOT NULL,
    to_kind   TEXT NOT NULL,
    to_id     TEXT NOT NULL,
    PRIMARY KEY (from_kind, from_id, to_kind, to_id)
) WITHOUT ROWID;

-- External-content FTS5 index over records. unicode61 with remove_diacritics 2 folds case
-- for Latin and Cyrillic alike; prefix indexes make as-you-type prefix queries cheap.
CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(
    title, aliases, body,
    content = 'records', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);
-- Column weights live in the index itself so every query ranks the same way.
INSERT INTO records_fts (records_fts, rank) VALUES ('rank', 'bm25(10.0, 6.0, 1.0)');

CREATE VIRTUAL TABLE IF NOT EXISTS records_vocab USING fts5vocab(records_fts, 'row');
