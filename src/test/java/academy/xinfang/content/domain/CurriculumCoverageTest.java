package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.content.application.ModuleSource;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.vocabulary.Tag;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every concept of the glossary's quality, taboo and visitor-type tables is taught: some module carries its tag and
 * some section of that module names it in Chinese.
 */
class CurriculumCoverageTest {
    private static final Map<Tag, String> TERMS = Map.ofEntries(
            Map.entry(Tag.POLITICAL_INTEGRITY, "政治素养"),
            Map.entry(Tag.PROFESSIONAL_ETHICS, "职业道德"),
            Map.entry(Tag.POLICY_AND_LAW, "法制意识"),
            Map.entry(Tag.PROFESSIONAL_COMPETENCE, "业务综合能力"),
            Map.entry(Tag.PSYCHOLOGICAL_RESILIENCE, "心理素质"),
            Map.entry(Tag.PRAGMATIC_STYLE, "务实"),
            Map.entry(Tag.INNOVATION, "创新"),
            Map.entry(Tag.COLD_RECEPTION, "接待冷淡"),
            Map.entry(Tag.HARSH_ATTITUDE, "态度生硬"),
            Map.entry(Tag.IMPATIENCE, "脾气急躁"),
            Map.entry(Tag.BUCK_PASSING, "消极推诿"),
            Map.entry(Tag.PERFUNCTORY_EVASION, "敷衍搪塞"),
            Map.entry(Tag.CARELESS_PROMISE, "随意答复"),
            Map.entry(Tag.FIRST_TIME, "初访"),
            Map.entry(Tag.PROBING, "试探"),
            Map.entry(Tag.AGITATED, "情绪激动"),
            Map.entry(Tag.COLLECTIVE, "集体"),
            Map.entry(Tag.LONG_TERM, "信访老户"));

    @Test
    void everyQualityTabooAndVisitorTypeIsTaggedAndNamedInSomeModule() throws IOException {
        List<ParsedModule> modules = new ArrayList<>();
        for (SourceFolder.SourceFile f :
                ModuleSource.FILES.read(Path.of("content")).files()) {
            ParseResult r = ModuleParser.parse(f.name(), f.text());
            modules.add(r.module().orElseThrow(() -> new AssertionError(f.name() + ": " + r.problems())));
        }
        Set<Tag> taught = EnumSet.noneOf(Tag.class);
        for (ParsedModule m : modules) {
            for (Tag t : m.tags()) {
                if (TERMS.containsKey(t) && m.body().contains(TERMS.get(t))) {
                    taught.add(t);
                }
            }
        }
        assertThat(TERMS.keySet()).as("glossary concepts in the tables").hasSize(18);
        assertThat(taught).containsExactlyInAnyOrderElementsOf(TERMS.keySet());
    }
}
