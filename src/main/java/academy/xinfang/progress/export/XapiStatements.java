package academy.xinfang.progress.export;

import academy.xinfang.progress.domain.NameBasedUuid;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Learning records as xAPI 1.0.3 statements, for export to a learning record store. Every statement has an actor
 * (the officer's account on this academy's home page, by user name only: no real name or department leaves the
 * system), an ADL verb, an activity object under a configurable base IRI, an ISO-8601 UTC timestamp and an id.
 *
 * <p>The id is a version 5 UUID of the event's natural key (verb, user, activity and the attempt, session or time
 * that makes it unique) in a namespace derived from the base IRI, so exporting the same records twice gives the same
 * ids and a record store can drop the duplicates, while two academies never collide.
 */
public final class XapiStatements {

    public static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    public static final String ACTIVITIES = "http://adlnet.gov/expapi/activities/";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private final String base;
    private final String homePage;
    private final UUID namespace;

    /**
     * @param baseIri absolute http(s) IRI under which this academy's activities are named, e.g.
     *     {@code https://academy.example.gov.cn/xapi}
     * @param homePage the academy's address, which together with the user name identifies the officer
     */
    public XapiStatements(String baseIri, String homePage) {
        this.base = absolute(baseIri).replaceAll("/+$", "");
        this.homePage = absolute(homePage);
        this.namespace = NameBasedUuid.v5(NameBasedUuid.URL_NAMESPACE, base);
    }

    private static String absolute(String iri) {
        URI uri = URI.create(Objects.requireNonNull(iri, "iri"));
        if (!uri.isAbsolute()
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("not an absolute http(s) IRI: " + iri);
        }
        return iri;
    }

    /** The officer opened a module; one statement per visit, told apart by its time. */
    public JsonObject moduleExperienced(String user, String moduleKey, String title, Instant at) {
        return statement(user, "experienced", module(moduleKey, title), at.toString(), at)
                .build();
    }

    /** The officer read a module to the end. */
    public JsonObject moduleCompleted(String user, String moduleKey, String title, Instant at) {
        return statement(user, "completed", module(moduleKey, title), at.toString(), at)
                .add("result", JSON.createObjectBuilder().add("completion", true))
                .build();
    }

    /**
     * One answer in a quiz attempt. {@code scaled} is the credit given (0–1, partial credit allowed); success means
     * full credit. The quiz is the parent activity, so a record store can group answers by quiz.
     */
    public JsonObject questionAnswered(
            String user,
            String quizKey,
            long attemptId,
            String questionId,
            String response,
            double scaled,
            Instant at) {
        String quiz = activityId("quizzes", quizKey);
        JsonObjectBuilder object = JSON.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", quiz + "/questions/" + encode(questionId))
                .add(
                        "definition",
                        JSON.createObjectBuilder()
                                .add("type", ACTIVITIES + "cmi.interaction")
                                .add("interactionType", "other"));
        return statement(user, "answered", object, Long.toString(attemptId), at)
                .add(
                        "result",
                        JSON.createObjectBuilder()
                                .add("response", response == null ? "" : response)
                                .add("success", scaled >= 1.0)
                                .add("score", JSON.createObjectBuilder().add("scaled", scaled(scaled))))
                .add(
                        "context",
                        JSON.createObjectBuilder()
                                .add(
                                        "contextActivities",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "parent",
                                                        JSON.createArrayBuilder()
                                                                .add(JSON.createObjectBuilder()
                                                                        .add("id", quiz)))))
                .build();
    }

    /** A submitted quiz attempt: verb passed or failed, with the scaled score (0–1). */
    public JsonObject quizFinished(
            String user, String quizKey, String title, long attemptId, double scaled, boolean passed, Instant at) {
        JsonObjectBuilder object = activity(activityId("quizzes", quizKey), "assessment", title);
        return statement(user, passed ? "passed" : "failed", object, Long.toString(attemptId), at)
                .add(
                        "result",
                        JSON.createObjectBuilder()
                                .add("score", JSON.createObjectBuilder().add("scaled", scaled(scaled)))
                                .add("success", passed)
                                .add("completion", true))
                .build();
    }

    /**
     * A finished role-play session: points 0–100 as the score, and each quality's score as a result extension named
     * {@code <base>/extensions/quality/<QUALITY>}, so record stores keep the seven qualities, not only one number.
     * The ending (SETTLED, REFERRED …) travels as {@code <base>/extensions/ending}.
     */
    public JsonObject scenarioCompleted(
            String user,
            String scenarioKey,
            String title,
            long sessionId,
            int points,
            Map<String, Integer> qualities,
            String ending,
            Instant at) {
        if (points < 0 || points > 100) {
            throw new IllegalArgumentException("points must be 0–100: " + points);
        }
        JsonObjectBuilder extensions = JSON.createObjectBuilder();
        new TreeMap<>(qualities)
                .forEach((quality, score) -> extensions.add(base + "/extensions/quality/" + quality, score));
        extensions.add(base + "/extensions/ending", ending);
        JsonObjectBuilder object = activity(activityId("scenarios", scenarioKey), "simulation", title);
        return statement(user, "completed", object, Long.toString(sessionId), at)
                .add(
                        "result",
                        JSON.createObjectBuilder()
                                .add(
                                        "score",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "scaled",
                                                        BigDecimal.valueOf(points)
                                                                .movePointLeft(2)
                                                                .stripTrailingZeros())
                                                .add("raw", points)
                                                .add("min", 0)
                                                .add("max", 100))
                                .add("completion", true)
                                .add("extensions", extensions))
                .build();
    }

    /**
     * Writes statements as one JSON array, the body a record store accepts in a single POST. Streamed one statement
     * at a time, so an export of a whole county need not hold every statement in memory; the stream stays open.
     */
    public static void writeArray(Iterable<JsonObject> statements, OutputStream out) {
        JsonGenerator generator = GENERATORS.createGenerator(out, StandardCharsets.UTF_8);
        generator.writeStartArray();
        for (JsonObject statement : statements) {
            generator.write(statement);
        }
        generator.writeEnd();
        generator.flush(); // not close(): that would close the caller's stream
    }

    public String activityId(String kind, String key) {
        return base + "/" + kind + "/" + encode(key);
    }

    private JsonObjectBuilder module(String key, String title) {
        return activity(activityId("modules", key), "module", title);
    }

    private static JsonObjectBuilder activity(String id, String type, String title) {
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", ACTIVITIES + type);
        if (title != null && !title.isBlank()) {
            definition.add("name", JSON.createObjectBuilder().add("zh-CN", title));
        }
        return JSON.createObjectBuilder()
                .add("objectType", "Activity")
                .add("id", id)
                .add("definition", definition);
    }

    private JsonObjectBuilder statement(
            String user, String verb, JsonObjectBuilder object, String discriminator, Instant at) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
        JsonObject builtObject = object.build();
        String naturalKey = String.join("\n", verb, user, builtObject.getString("id"), discriminator);
        return JSON.createObjectBuilder()
                .add("id", NameBasedUuid.v5(namespace, naturalKey).toString())
                .add(
                        "actor",
                        JSON.createObjectBuilder()
                                .add("objectType", "Agent")
                                .add(
                                        "account",
                                        JSON.createObjectBuilder()
                                                .add("homePage", homePage)
                                                .add("name", user)))
                .add(
                        "verb",
                        JSON.createObjectBuilder()
                                .add("id", VERBS + verb)
                                .add("display", JSON.createObjectBuilder().add("en-US", verb)))
                .add("object", builtObject)
                .add("timestamp", at.toString());
    }

    private static BigDecimal scaled(double scaled) {
        if (!(scaled >= 0 && scaled <= 1)) {
            throw new IllegalArgumentException("scaled score must be 0–1: " + scaled);
        }
        return BigDecimal.valueOf(scaled);
    }

    /** Keys and question names may hold spaces or Chinese; an IRI segment keeps only unreserved ASCII as is. */
    static String encode(String segment) {
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        StringBuilder s = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                s.append(c);
            } else {
                s.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return s.toString();
    }
}
