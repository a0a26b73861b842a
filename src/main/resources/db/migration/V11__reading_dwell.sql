-- Reading completion earned by time (issue #11, item 6): a section counts as read only after it has been on a visible
-- reader page for as long as its length needs. Time is measured on the server's clock between the page's reports.

-- Real visible time in milliseconds (seconds_spent is kept as its whole seconds), and the page's last report: when it
-- arrived (epoch milliseconds, as TIMESTAMP keeps whole seconds only on some databases), whether the page was visible
-- and which sections were on screen. The next report's gap counts for those sections.
ALTER TABLE module_progress ADD COLUMN visible_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE module_progress ADD COLUMN report_ms BIGINT NULL;
ALTER TABLE module_progress ADD COLUMN report_visible BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE module_progress ADD COLUMN report_sections VARCHAR(400) NULL;
UPDATE module_progress SET visible_ms = seconds_spent * 1000;

-- Time credited to each section, by stable section id like section_read, so that it survives edits of the module.
CREATE TABLE section_dwell (
    user_id BIGINT NOT NULL,
    module_id BIGINT NOT NULL,
    section_key VARCHAR(64) NOT NULL,
    dwell_ms BIGINT NOT NULL,
    PRIMARY KEY (user_id, module_id, section_key),
    CONSTRAINT fk_dwell_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_dwell_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ${table_options};
