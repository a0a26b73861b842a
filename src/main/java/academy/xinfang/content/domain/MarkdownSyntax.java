package academy.xinfang.content.domain;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Markdown dialect of module files (content/README.md), shared by rendering and text extraction so that
 * search indexes exactly the structure learners see.
 */
final class MarkdownSyntax {

    static final DataHolder OPTIONS = new MutableDataSet()
            .set(
                    Parser.EXTENSIONS,
                    List.of(
                            TablesExtension.create(),
                            TocExtension.create(),
                            FootnoteExtension.create(),
                            DefinitionExtension.create(),
                            AdmonitionExtension.create(),
                            AttributesExtension.create()))
            // Gives pages a hook to style the table of contents apart from ordinary lists.
            .set(TocExtension.LIST_CLASS, "toc")
            .toImmutable();

    /** flexmark parsers are immutable once built and documented as safe to share between threads. */
    static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownSyntax() {}
}
