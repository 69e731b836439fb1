package careersearch.indexer.generator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON mapping of stored sources, so that what the builders write as {@code indexer.model}
 * records the server reads back as the same records: the keys are the records' {@code SourceFields}
 * annotations, nulls are left out, a date is ISO text, and keys a record does not have (a source's
 * {@code type}, a posting's {@code place}) are skipped when reading.
 */
public final class SourceJson {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .registerModule(dates());

  static {
    // a list left out of a source (written only when not empty) reads as an empty one
    JSON.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
  }

  private SourceJson() {}

  /** The JSON bytes of a source. */
  static byte[] bytes(Map<String, Object> source) {
    try {
      return JSON.writeValueAsBytes(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record's values by source key, in the record's order, nulls left out. */
  static Map<String, Object> map(Object record) {
    return JSON.convertValue(record, MAP);
  }

  /** A stored source (or part of one) as a record; keys the record lacks are skipped. */
  public static <T> T read(byte[] json, int offset, int length, Class<T> type) throws IOException {
    return JSON.readValue(json, offset, length, type);
  }

  /** A stored source as an ordered map, every key kept. */
  public static Map<String, Object> readMap(byte[] json, int offset, int length)
      throws IOException {
    return JSON.readValue(json, offset, length, MAP);
  }

  /** ISO dates; a date that does not parse reads as unknown, as a posting without one. */
  private static SimpleModule dates() {
    SimpleModule module = new SimpleModule("source-dates");
    module.addSerializer(
        LocalDate.class,
        new JsonSerializer<>() {
          @Override
          public void serialize(LocalDate date, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(date.toString());
          }
        });
    module.addDeserializer(
        LocalDate.class,
        new JsonDeserializer<>() {
          @Override
          public LocalDate deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            try {
              return LocalDate.parse(parser.getValueAsString());
            } catch (DateTimeParseException | NullPointerException e) {
              return null;
            }
          }
        });
    return module;
  }
}
