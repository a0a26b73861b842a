package academy.xinfang.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The EclipseLink bundled with Payara stores {@link Instant} as a serialized blob unless told otherwise. Values are
 * kept to the whole second: Connector/J drops fractions on MariaDB (which it takes for MySQL 5.5), and the same
 * value must come back from every database.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
    @Override
    public Timestamp convertToDatabaseColumn(Instant value) {
        return value == null ? null : Timestamp.from(value.truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
