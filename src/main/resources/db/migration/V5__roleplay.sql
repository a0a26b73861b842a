-- Role-play: scenarios imported from quizzes/scenarios (every version keeps its YAML text), officers' play sessions
-- and their turn logs. A session refers to the exact scenario version it was played on, so a new version of a file
-- never changes a session already played.

CREATE TABLE scenario (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scenario_key VARCHAR(64) NOT NULL,
    current_version_id BIGINT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_scenario_key UNIQUE (scenario_key)
) ${table_options};

CREATE TABLE scenario_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    scenario_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    title VARCHAR(200) NOT NULL,
    yaml_text ${clob} NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_scenario_version UNIQUE (scenario_id, version_no),
    CONSTRAINT fk_scenario_version_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id)
) ${table_options};

ALTER TABLE scenario ADD CONSTRAINT fk_scenario_current FOREIGN KEY (current_version_id) REFERENCES scenario_version (id);

CREATE TABLE roleplay_session (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    scenario_version_id BIGINT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NULL,
    ending_key VARCHAR(64) NULL,
    outcome VARCHAR(20) NULL,
    points INT NULL,
    grade VARCHAR(1) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_roleplay_session_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_roleplay_session_version FOREIGN KEY (scenario_version_id) REFERENCES scenario_version (id)
) ${table_options};

CREATE INDEX ix_roleplay_session_user ON roleplay_session (user_id, scenario_version_id);
CREATE INDEX ix_roleplay_session_version ON roleplay_session (scenario_version_id);

-- The seven quality scores (0-100) of a finished session.
CREATE TABLE roleplay_session_quality (
    session_id BIGINT NOT NULL,
    quality VARCHAR(32) NOT NULL,
    score INT NOT NULL,
    PRIMARY KEY (session_id, quality),
    CONSTRAINT fk_roleplay_quality_session FOREIGN KEY (session_id) REFERENCES roleplay_session (id)
) ${table_options};

CREATE TABLE roleplay_turn (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT NOT NULL,
    turn_no INT NOT NULL,
    node_key VARCHAR(64) NOT NULL,
    choice_index INT NOT NULL,
    words VARCHAR(4000) NOT NULL,
    quality_deltas VARCHAR(1000) NOT NULL,
    taboos VARCHAR(500) NOT NULL,
    agitation_delta INT NOT NULL,
    trust_delta INT NOT NULL,
    agitation_after INT NOT NULL,
    trust_after INT NOT NULL,
    moved_to VARCHAR(64) NOT NULL,
    by_transition BOOLEAN NOT NULL,
    seconds_taken INT NOT NULL,
    taken_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_roleplay_turn UNIQUE (session_id, turn_no),
    CONSTRAINT fk_roleplay_turn_session FOREIGN KEY (session_id) REFERENCES roleplay_session (id)
) ${table_options};
