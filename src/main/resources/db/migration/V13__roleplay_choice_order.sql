-- Issue #11: each role-play session shows a node's replies in its own order, shuffled from a seed drawn when the
-- session starts (as quiz attempts do), so that the authored order (best reply first) gives nothing away and a reload
-- shows the same order. Sessions started before keep seed 0: their log refers to replies by authored index, which
-- does not change.
ALTER TABLE roleplay_session ADD COLUMN seed BIGINT DEFAULT 0 NOT NULL;
