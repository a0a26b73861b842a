package academy.xinfang.authoring.web;

import academy.xinfang.authoring.application.AuthoringException;
import academy.xinfang.authoring.application.AuthoringService;
import academy.xinfang.authoring.application.DraftView;
import academy.xinfang.authoring.application.EditConflictException;
import academy.xinfang.authoring.application.TextBeyondLimitsException;
import academy.xinfang.authoring.domain.FrontMatterTags;
import academy.xinfang.authoring.domain.ModuleChecklist;
import academy.xinfang.authoring.domain.SpeechConverter;
import academy.xinfang.authoring.domain.TagSuggestion;
import academy.xinfang.content.application.Preview;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.platform.web.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor: original speech, Markdown and live preview side by side. The trainer's text lives in this view until
 * it is saved; a refused save or publish leaves it untouched and shows what is saved now beside it.
 */
@Named
@ViewScoped
public class DraftEditorPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    private Long id;
    private DraftView draft;
    private String markdown;
    private long version;
    private Preview preview;
    private String conflictText;
    /** The cleaning report: whole lines the conversion removed from the original, for the trainer to restore. */
    private List<String> removedLines = List.of();

    private List<TagSuggestion> suggestions = List.of();
    private List<String> qualities = new ArrayList<>();
    private List<String> taboos = new ArrayList<>();
    private List<String> visitorTypes = new ArrayList<>();
    private List<String> attitudes = new ArrayList<>();

    /** View action; 404 with the reason for a draft that does not exist. */
    public void load() {
        try {
            draft = authoring.draft(id);
        } catch (AuthoringException e) {
            Refusals.send(404, e);
            return;
        }
        markdown = draft.markdown();
        version = draft.version();
        removedLines = SpeechConverter.removedLines(draft.originalText());
        suggestions = SpeechConverter.suggestTags(draft.originalText());
        pickTagsOfText();
        refresh();
    }

    /** Puts a line of the cleaning report back, as a paragraph at the start of the body, for the trainer to move. */
    public void restore(int index) {
        if (index < 0 || index >= removedLines.size()) {
            return;
        }
        String line = removedLines.get(index);
        markdown = ModuleChecklist.withParagraphFirst(markdown, line);
        Messages.info("authoring.removed.restored", line);
        refresh();
    }

    /** Writes the ticked tags into the front matter of the text in the editor; saving keeps them. */
    public void applyTags() {
        List<Tag> chosen = new ArrayList<>();
        for (List<String> names : List.of(qualities, taboos, visitorTypes, attitudes)) {
            names.forEach(n -> Tag.parse(n).ifPresent(chosen::add));
        }
        markdown = FrontMatterTags.withTags(markdown, chosen);
        Messages.info("authoring.tags.applied");
        refresh();
    }

    private void pickTagsOfText() {
        List<Tag> tags = FrontMatterTags.read(markdown);
        qualities = names(tags, TagKind.QUALITY);
        taboos = names(tags, TagKind.TABOO);
        visitorTypes = names(tags, TagKind.VISITOR_TYPE);
        attitudes = names(tags, TagKind.ATTITUDE);
    }

    private static List<String> names(List<Tag> tags, TagKind kind) {
        return new ArrayList<>(
                tags.stream().filter(t -> t.kind() == kind).map(Tag::name).toList());
    }

    /** Ajax, while typing. */
    public void refresh() {
        preview = authoring.preview(markdown);
    }

    public void save() {
        try {
            AuthoringService.Saved saved = authoring.save(id, version, markdown);
            draft = saved.draft();
            version = draft.version();
            preview = saved.preview();
            conflictText = null;
            Messages.info("authoring.saved");
            return;
        } catch (TextBeyondLimitsException e) {
            Messages.error("authoring.notSaved", e.problem().line(), describe(e.problem()));
        } catch (EditConflictException e) {
            conflictText = e.savedMarkdown();
            Messages.error(e);
        }
        refresh();
    }

    public String publish() {
        try {
            int versionNo = authoring.publish(id, version, markdown);
            Messages.info("authoring.published", versionNo);
            // content/README.md requires these; publishing goes ahead, a module may be completed in steps.
            List<ModuleChecklist.Missing> missing = ModuleChecklist.missing(markdown);
            if (!missing.isEmpty()) {
                Messages.warn("authoring.publishedWithGaps");
                missing.forEach(m -> Messages.warn(m.key()));
            }
            return "/trainer/draft.xhtml?faces-redirect=true&id=" + id;
        } catch (TextBeyondLimitsException e) {
            Messages.error("authoring.notSaved", e.problem().line(), describe(e.problem()));
        } catch (EditConflictException e) {
            conflictText = e.savedMarkdown();
            Messages.error(e);
        } catch (AuthoringException e) {
            Messages.error(e);
        }
        refresh();
        return null;
    }

    /** What the text in the editor still lacks of content/README.md's requirements, as bundle keys. */
    public List<String> getMissing() {
        return ModuleChecklist.missing(markdown).stream()
                .map(ModuleChecklist.Missing::key)
                .toList();
    }

    public List<String> getRemovedLines() {
        return removedLines;
    }

    public List<TagSuggestion> getSuggestions() {
        return suggestions;
    }

    /** The tags of one kind, for the picker's groups. */
    public List<Tag> tagsOf(String kind) {
        return Tag.ofKind(TagKind.valueOf(kind));
    }

    public List<String> getQualities() {
        return qualities;
    }

    public void setQualities(List<String> qualities) {
        this.qualities = qualities;
    }

    public List<String> getTaboos() {
        return taboos;
    }

    public void setTaboos(List<String> taboos) {
        this.taboos = taboos;
    }

    public List<String> getVisitorTypes() {
        return visitorTypes;
    }

    public void setVisitorTypes(List<String> visitorTypes) {
        this.visitorTypes = visitorTypes;
    }

    public List<String> getAttitudes() {
        return attitudes;
    }

    public void setAttitudes(List<String> attitudes) {
        this.attitudes = attitudes;
    }

    public String describe(ImportProblem p) {
        return Messages.text(p.key(), p.arguments().toArray());
    }

    public List<ImportProblem> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public String getPreviewHtml() {
        return preview == null ? "" : preview.html();
    }

    public DraftView getDraft() {
        return draft;
    }

    public String getConflictText() {
        return conflictText;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }
}
