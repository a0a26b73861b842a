package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
    private static final List<String> PAYLOADS = List.of(
            "</script><script>alert(1)</script>",
            "</SCRIPT ><script>alert(1)</script>",
            "<!--<script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "甲\u2028乙\u2029丙",
            "a &amp; b &lt;c&gt;",
            "#{request.contextPath}{{7*7}}",
            "\\u003c/script>",
            "引号\"和'反斜杠\\");

    @Test
    void noPayloadLeavesAnythingTheHtmlParserOrAnOldScriptEngineWouldAct() {
        for (String payload : PAYLOADS) {
            String json = ScriptJson.of(
                    Json.createObjectBuilder().add("label", payload).build());
            assertThat(json).as(payload).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        }
    }

    @Test
    void theEscapedJsonReadsBackAsTheSameText() {
        for (String payload : PAYLOADS) {
            String json = ScriptJson.of(
                    Json.createObjectBuilder().add("label", payload).build());
            JsonObject back = Json.createReader(new StringReader(json)).readObject();
            assertThat(back.getString("label")).isEqualTo(payload);
        }
    }

    @Test
    void jsonWithNothingToEscapeIsReturnedAsItIs() {
        String json = "{\"type\":\"radar\",\"data\":[1,2.5,null]}";
        assertThat(ScriptJson.escape(json)).isSameAs(json);
    }

    @Test
    void charactersAreReplacedByTheirJsonUnicodeEscapes() {
        assertThat(ScriptJson.escape("[\"</script>&\u2028\u2029\"]"))
                .isEqualTo("[\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\"]");
    }
}
