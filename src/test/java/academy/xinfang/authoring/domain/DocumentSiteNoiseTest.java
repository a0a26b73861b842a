package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speeches as document-sharing sites serve them: uploader, document number, download and advertisement lines. */
class DocumentSiteNoiseTest {

    private static final String DOCUMENT_SITE = """
            在全县信访工作会议上的讲话.docx
            上传者：xinfang2020  文档编号：1234567  上传时间：2023-05-06
            在全县信访工作会议上的讲话
            同志们：
            今天召开全县信访工作会议，主要任务是总结工作、部署任务。
            一、提高认识，切忌冷落群众
            群众第一次来信访，往往心里没底，我们要热心接待。
            下载本文档
            二、依法办事，公开联系电话
            各乡镇要公开信访接待联系电话，方便群众反映问题。
            更多精品文档请关注本站  联系电话：13800138000
            广告合作 QQ：123456789
            """;

    /** The report shows the lines as tidied (no spaces beside Chinese), as the trainer would restore them. */
    @Test
    void uploaderDownloadAndAdvertisementLinesAreRemovedAndReported() {
        List<String> removed = SpeechConverter.removedLines(DOCUMENT_SITE);
        String cleaned = SpeechConverter.clean(DOCUMENT_SITE);

        assertThat(cleaned).doesNotContain("上传者", "文档编号", "下载本文档", "更多精品文档", "13800138000", "QQ", ".docx");
        assertThat(removed)
                .containsExactly(
                        "在全县信访工作会议上的讲话.docx",
                        "上传者：xinfang2020文档编号：1234567上传时间：2023-05-06",
                        "下载本文档",
                        "更多精品文档请关注本站联系电话：13800138000",
                        "广告合作 QQ：123456789");
    }

    @Test
    void aSpeechThatTalksAboutTelephonesAndAttentionKeepsThoseSentences() {
        String cleaned = SpeechConverter.clean(DOCUMENT_SITE);

        assertThat(cleaned).contains("二、依法办事，公开联系电话", "各乡镇要公开信访接待联系电话，方便群众反映问题。");
    }

    @Test
    void theTitleIsTheFirstHeadingLikeLineNotTheFileName() {
        Outline outline = SpeechConverter.outline(SpeechConverter.clean(DOCUMENT_SITE));

        assertThat(outline.title()).isEqualTo("在全县信访工作会议上的讲话");
    }

    @Test
    void aFileNameInsideASentenceIsNotAFileNameLine() {
        assertThat(DocumentSiteNoise.isNoise("请把材料存为汇报.docx后上报。")).isFalse();
        assertThat(DocumentSiteNoise.isNoise("讲话稿.pdf")).isTrue();
        assertThat(DocumentSiteNoise.isNoise("文档编号：88812")).isTrue();
    }

    @Test
    void webPageMetadataLinesAreReportedToo() {
        assertThat(SpeechConverter.removedLines("标题\n来源：县信访局\n正文第一段。\n【打印】【关闭】"))
                .containsExactly("来源：县信访局", "【打印】【关闭】");
    }
}
