package academy.xinfang.authoring.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that document-sharing sites add around a speech they host: the uploader and document number ("上传者：张三
 * 文档编号：12345"), download prompts ("下载本文档"), advertisements with a contact ("更多精品文档请关注…… 联系电话
 * 138…"), and the uploaded file's name ("在全县信访工作会议上的讲话.docx"), which must not become the module title.
 * A speech may well talk about telephones and attention, so the weak markers count only on a short line that also
 * carries a phone or QQ number; the strong ones never occur in a speech.
 */
final class DocumentSiteNoise {

    /** Longest line judged by its markers: a real paragraph that mentions one of them is longer. */
    private static final int SHORT_LINE = 60;

    private static final int LONG_LINE = 120;

    /** Never part of a speech: a line of at most {@link #LONG_LINE} characters containing one is dropped. */
    private static final List<String> STRONG = List.of(
            "上传者", "上传人", "上传用户", "文档编号", "文档ID", "文档id", "文档贡献者", "下载本文档", "本文档下载", "下载此文档", "下载该文档", "更多精品文档", "精品文档",
            "下载券", "原创力文档", "豆丁网", "道客巴巴", "百度文库", "文库VIP", "全文免费", "本文档由", "文档格式：", "文档页数：", "请关注本站", "欢迎下载");

    /** Advertising markers: count on a short line together with a {@link #CONTACT_NUMBER}. */
    private static final List<String> WEAK = List.of("联系电话", "联系方式", "客服", "QQ", "qq", "微信", "广告");

    /** A phone or QQ number: five digits or more. */
    private static final Pattern CONTACT_NUMBER = Pattern.compile("\\d{5,}");

    /** A whole line that is a file name: the name of the document the speech was uploaded as. */
    private static final Pattern FILE_NAME =
            Pattern.compile("(?i)^[^\\s/\\\\:*?\"<>|]{1,80}\\.(?:docx?|wps|pdf|txt|rtf|pptx?)$");

    private DocumentSiteNoise() {}

    static boolean isNoise(String line) {
        if (line.isEmpty()) {
            return false;
        }
        if (FILE_NAME.matcher(line).matches()) {
            return true;
        }
        int length = Chars.length(line);
        if (length <= LONG_LINE && STRONG.stream().anyMatch(line::contains)) {
            return true;
        }
        return length <= SHORT_LINE
                && WEAK.stream().anyMatch(line::contains)
                && CONTACT_NUMBER.matcher(line).find();
    }
}
