package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.progress.domain.DepartmentInsights.AnswerRow;
import academy.xinfang.progress.domain.DepartmentInsights.Bucket;
import academy.xinfang.progress.domain.DepartmentInsights.Department;
import academy.xinfang.progress.domain.DepartmentInsights.QualityRow;
import academy.xinfang.progress.domain.DepartmentInsights.TabooRow;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DepartmentInsightsTest {
    // county 1 > township 2 > village office 4; county 1 > township 3; county 5 elsewhere
    private static final List<Department> TREE = List.of(
            new Department(1, null, "城关县"),
            new Department(2, 1L, "东镇"),
            new Department(3, 1L, "西镇"),
            new Department(4, 2L, "东镇司法所"),
            new Department(5, null, "邻县"));

    @Test
    void aTownshipBucketRollsUpEverythingBelowItAndQuizAndRolePlayShareTheQualityMean() {
        List<Bucket> buckets = DepartmentInsights.compute(
                TREE,
                1L,
                Map.of(1L, 2L, 2L, 3L, 4L, 5L, 3L, 1L, 5L, 9L),
                List.of(
                        new QualityRow(4, Tag.POLICY_AND_LAW, 120, 2), // two sessions: 50 and 70
                        new QualityRow(5, Tag.POLICY_AND_LAW, 100, 1)), // another county: not in focus
                List.of(new TabooRow(2, "BUCK_PASSING,CARELESS_PROMISE", 2), new TabooRow(4, "BUCK_PASSING", 1)),
                List.of(
                        new AnswerRow(2, Tag.POLICY_AND_LAW, 1.0, 2), // one right of two: 100 + 0
                        // 3 answers to a question tagged with both, half a mark in all: 2.5 missed
                        new AnswerRow(4, Tag.BUCK_PASSING, 0.5, 3),
                        new AnswerRow(4, Tag.PROFESSIONAL_ETHICS, 0.5, 3),
                        new AnswerRow(1, Tag.POLICY_AND_LAW, 1, 1))); // an officer of the county office itself

        assertThat(buckets).extracting(Bucket::name).containsExactly("城关县", "东镇", "西镇");
        Bucket county = buckets.get(0);
        assertThat(county.self()).isTrue();
        assertThat(county.officers()).isEqualTo(2);
        assertThat(county.qualities()).containsEntry(Tag.POLICY_AND_LAW, 100.0);

        Bucket east = buckets.get(1);
        assertThat(east.officers()).isEqualTo(8); // 3 in the township office and 5 below it
        // observations 50, 70 (role-play) and 100, 0 (quiz): mean 55
        assertThat(east.qualities().get(Tag.POLICY_AND_LAW)).isEqualTo(55.0);
        // half a mark in 3 answers: 50 / 3 points per answer
        assertThat(east.qualities().get(Tag.PROFESSIONAL_ETHICS)).isCloseTo(100 * 0.5 / 3, Offset.offset(1e-9));
        // role-play: 2 + 1 turns; quiz: 2.5 marks missed
        assertThat(east.taboos()).containsEntry(Tag.BUCK_PASSING, 5.5).containsEntry(Tag.CARELESS_PROMISE, 2.0);

        Bucket west = buckets.get(2);
        assertThat(west.officers()).isEqualTo(1);
        assertThat(west.qualities()).isEmpty();
        assertThat(west.taboos()).isEmpty();
    }

    @Test
    void withoutAFocusTheTopLevelDepartmentsAreTheBuckets() {
        List<Bucket> buckets = DepartmentInsights.compute(
                TREE,
                null,
                Map.of(4L, 1L, 5L, 2L),
                List.of(new QualityRow(4, Tag.INNOVATION, 80, 1), new QualityRow(5, Tag.INNOVATION, 40, 1)),
                List.of(),
                List.of());
        assertThat(buckets).extracting(Bucket::name).containsExactly("城关县", "邻县");
        assertThat(buckets.get(0).qualities()).containsEntry(Tag.INNOVATION, 80.0);
        assertThat(buckets.get(0).officers()).isEqualTo(1);
        assertThat(buckets.get(1).qualities()).containsEntry(Tag.INNOVATION, 40.0);
        assertThat(buckets).noneMatch(Bucket::self);
    }
}
