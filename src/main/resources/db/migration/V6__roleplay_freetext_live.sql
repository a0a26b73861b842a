-- Role-play, part two: replies typed by the officer on free-text nodes, scored by the lexicons and open to a trainer's
-- override; and live role-plays a trainer scores on a rubric.

-- A typed reply keeps the scorer's result in the existing quality_deltas/taboos columns, its hits (one per line:
-- category, entry, words, start, end, negated, quality deltas; tab-separated) and, once a trainer overrides it, the
-- overriding deltas and taboos, the note, who and when. The override, when present, is what the scorecard uses.
ALTER TABLE roleplay_turn ADD COLUMN free_text BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE roleplay_turn ADD COLUMN hits VARCHAR(4000) NULL;
ALTER TABLE roleplay_turn ADD COLUMN override_quality_deltas VARCHAR(1000) NULL;
ALTER TABLE roleplay_turn ADD COLUMN override_taboos VARCHAR(500) NULL;
ALTER TABLE roleplay_turn ADD COLUMN override_note VARCHAR(2000) NULL;
ALTER TABLE roleplay_turn ADD COLUMN override_by BIGINT NULL;
ALTER TABLE roleplay_turn ADD COLUMN override_at TIMESTAMP NULL;
ALTER TABLE roleplay_turn ADD CONSTRAINT fk_roleplay_turn_override_by FOREIGN KEY (override_by) REFERENCES app_user (id);
CREATE INDEX ix_roleplay_turn_free_text ON roleplay_turn (free_text, taken_at);

-- A live role-play: a trainer (or a peer playing the visitor) talks with an officer, the trainer fills in the rubric.
CREATE TABLE live_scorecard (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    officer_id BIGINT NOT NULL,
    trainer_id BIGINT NOT NULL,
    scenario_key VARCHAR(64) NULL,
    held_at TIMESTAMP NOT NULL,
    overall_note VARCHAR(4000) NULL,
    CONSTRAINT fk_live_scorecard_officer FOREIGN KEY (officer_id) REFERENCES app_user (id),
    CONSTRAINT fk_live_scorecard_trainer FOREIGN KEY (trainer_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_live_scorecard_officer ON live_scorecard (officer_id, held_at);

-- One rubric line: a quality or an attitude rated 1-5 (score), or a taboo observed or not (observed), with a note.
CREATE TABLE live_score_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scorecard_id BIGINT NOT NULL,
    tag VARCHAR(32) NOT NULL,
    score INT NULL,
    observed BOOLEAN NULL,
    note VARCHAR(1000) NULL,
    CONSTRAINT uk_live_score_item UNIQUE (scorecard_id, tag),
    CONSTRAINT fk_live_score_item_card FOREIGN KEY (scorecard_id) REFERENCES live_scorecard (id)
) ${table_options};
