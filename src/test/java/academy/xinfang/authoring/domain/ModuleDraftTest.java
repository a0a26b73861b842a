package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestClock;
import org.junit.jupiter.api.Test;

/** The conflict rules of drafts, without a server: a stale save and a publish over someone else's work. */
class ModuleDraftTest {

    private static ModuleDraft editing(String moduleKey, Integer baseVersionNo) {
        return new ModuleDraft(moduleKey, baseVersionNo, "标题", "m.md", "原文", "正文", "trainer1", TestClock.NOW);
    }

    private static ModuleDraft fromSpeech() {
        return editing(null, null);
    }

    @Test
    void aSaveFromTheCopyTheEditorLoadedIsNotStaleAnyOtherIs() {
        ModuleDraft draft = editing("m", 2);

        assertThat(draft.isStale(draft.getVersion())).isFalse();
        assertThat(draft.isStale(draft.getVersion() + 1)).isTrue();
        assertThat(draft.isStale(draft.getVersion() - 1)).isTrue();
    }

    @Test
    void anEditOfTheVersionOnlinePublishesWithoutConflict() {
        assertThat(editing("m", 2).publishConflict("m", 2)).isEmpty();
    }

    @Test
    void anEditOfAnOlderVersionConflictsWithTheVersionPublishedSince() {
        assertThat(editing("m", 2).publishConflict("m", 3)).contains(PublishConflict.PUBLISHED_SINCE);
    }

    @Test
    void aDraftWhoseIdWasChangedToAnotherModulesIsRefusedAsIdTaken() {
        assertThat(editing("m", 2).publishConflict("other", 2)).contains(PublishConflict.ID_TAKEN);
    }

    @Test
    void aDraftFromASpeechMayNotTakeTheIdOfAModuleOnline() {
        assertThat(fromSpeech().publishConflict("m", 1)).contains(PublishConflict.ID_TAKEN);
    }

    @Test
    void aPublishedDraftStartsFromTheVersionItPublished() {
        ModuleDraft draft = fromSpeech();
        draft.published("m", 1, "新标题");

        assertThat(draft.publishConflict("m", 1)).isEmpty();
        assertThat(draft.publishConflict("m", 2)).contains(PublishConflict.PUBLISHED_SINCE);
    }

    @Test
    void theConflictsCarryTheirRefusalMessages() {
        assertThat(PublishConflict.ID_TAKEN.key()).isEqualTo("authoring.idTaken");
        assertThat(PublishConflict.PUBLISHED_SINCE.key()).isEqualTo("authoring.conflict.published");
    }
}
