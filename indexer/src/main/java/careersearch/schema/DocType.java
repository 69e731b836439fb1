package careersearch.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of documents in the index; {@link #key()} is the value of the {@code type} field. */
public enum DocType {
  SECTION("section", "Article section"),
  SKILL("skill", "Skill"),
  TOOL("tool", "Tool"),
  OCCUPATION("occupation", "Occupation"),
  JOB("job", "Job posting"),
  SALARY_REPORT("salary_report", "Salary report");

  private final String key;
  private final String label;

  DocType(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public static Optional<DocType> fromKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(DocType::key).toList();
  }
}
