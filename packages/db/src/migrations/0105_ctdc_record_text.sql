-- The CTDC analysis space (issue 17): an imported record's 63 cells are kept as ONE text, joined by
-- the unit separator U+001F (which the importer refuses inside a cell, as it refuses NUL), instead
-- of a text[]: COPY and INSERT then encode one value a row rather than an array literal of 63
-- elements, the larger part of the import's time (7 s against 1.2 s for 50,000 rows on PGlite).
-- Records of earlier imports keep their `cells`; exactly one of the two is set.
alter table ctdc_records alter column cells drop not null;
alter table ctdc_records add column record text;
alter table ctdc_records add constraint ctdc_records_one_form check (num_nonnulls(cells, record) = 1);
