package academy.xinfang.roleplay.web;

import academy.xinfang.roleplay.domain.ScoreBand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/** The style class of a score bar, for the scorecard pages: {@code band-low}, {@code band-middle}, {@code band-high}. */
@Named
@ApplicationScoped
public class ScoreBands {
    public String percent(int percent) {
        return css(ScoreBand.of(percent));
    }

    public String rating(int rating) {
        return css(ScoreBand.ofRating(rating));
    }

    private static String css(ScoreBand band) {
        return "band-" + band.name().toLowerCase(Locale.ROOT);
    }
}
