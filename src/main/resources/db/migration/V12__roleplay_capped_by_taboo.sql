-- Issue 11, item 5: whether a finished session hit a capping (serious) taboo is decided once, by the role-play
-- feature's scoring (RolePlayScore.cappedByTaboo, after any trainer's override of a typed reply), and stored with the
-- session; course completion reads this column instead of searching the turn log for a copied list of taboo names.
ALTER TABLE roleplay_session ADD COLUMN capped_by_taboo BOOLEAN DEFAULT FALSE NOT NULL;

-- Sessions finished before this version: the serious taboos of that time (HARSH_ATTITUDE, CARELESS_PROMISE), read
-- from the effects that count (a trainer's override where there is one), as the scorecard does.
UPDATE roleplay_session SET capped_by_taboo = TRUE
WHERE finished_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM roleplay_turn t
              WHERE t.session_id = roleplay_session.id
                AND (COALESCE(t.override_taboos, t.taboos) LIKE '%HARSH_ATTITUDE%'
                     OR COALESCE(t.override_taboos, t.taboos) LIKE '%CARELESS_PROMISE%'));
