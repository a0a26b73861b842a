package academy.xinfang.progress.domain;

/**
 * What an officer has done on one module, bank or scenario, as the application reads it from the other features.
 * Only facts, no judgement: whether they complete a course item depends on the item (a scenario's threshold), so
 * that is decided in {@link CourseProgress}. An item without a fact has not been started.
 */
public sealed interface ItemFact {

    ItemType type();

    /** Started but not necessarily finished: sections read, an attempt made, a session played. */
    boolean started();

    /** {@code completed}: read to the end; a completed module is also started. */
    record Module(boolean started, boolean completed) implements ItemFact {
        public Module {
            started = started || completed;
        }

        @Override
        public ItemType type() {
            return ItemType.MODULE;
        }
    }

    /** {@code passed}: the officer's best attempt reached the pass mark. */
    record Quiz(boolean started, boolean passed) implements ItemFact {
        public Quiz {
            started = started || passed;
        }

        @Override
        public ItemType type() {
            return ItemType.QUIZ;
        }
    }

    /**
     * The officer's best finished session: its points (0–100) and whether it hit a capping taboo. The application
     * should prefer the best session without a capping taboo when there is one, because any such session at or above
     * the threshold completes the item.
     */
    record Scenario(int bestScore, boolean cappingTabooHit) implements ItemFact {
        public Scenario {
            if (bestScore < 0 || bestScore > 100) {
                throw new IllegalArgumentException("score must be 0–100: " + bestScore);
            }
        }

        @Override
        public ItemType type() {
            return ItemType.SCENARIO;
        }

        @Override
        public boolean started() {
            return true;
        }
    }
}
