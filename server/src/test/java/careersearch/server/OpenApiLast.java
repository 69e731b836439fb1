package careersearch.server;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@link OpenApiResponsesTest} after every other JUnit Jupiter class, so the responses it
 * checks against the OpenAPI document are those of the whole suite; the others keep their order.
 */
public final class OpenApiLast implements ClassOrderer {
  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(
            Comparator.comparing(
                (ClassDescriptor d) -> d.getTestClass() == OpenApiResponsesTest.class));
  }
}
