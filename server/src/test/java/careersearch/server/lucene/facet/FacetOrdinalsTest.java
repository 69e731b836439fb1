package careersearch.server.lucene.facet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The layout of {@link FacetOrdinals} on a small index whose every value is known, and the counts
 * {@link SidewaysCounter} makes from it. Two segments:
 *
 * <pre>
 * a0 job  senior  acme            berlin
 * a1 job  senior  globex          paris
 * a2 (no facet)
 * a3 tool                                 ml, data
 * a4 tool                                 cloud, devops, security
 * b0 job  mid     acme, globex    berlin
 * b1 job  senior  initech         paris
 * b2 job  entry   umbrella        tokyo   (deleted)
 * b3 job  senior                  oslo
 * </pre>
 *
 * With 5 profile bits, type (2 values) and seniority (3) are in profiles; location (4), company (4)
 * and category (5) are not. Company is single-valued in the first segment and multi-valued in the
 * second; category is multi-valued.
 */
class FacetOrdinalsTest {
  private static final FacetsConfig CONFIG = careersearch.schema.FacetDim.facetsConfig();

  @Test
  void profilesAndColumns() throws IOException {
    try (Directory dir = index();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      FacetOrdinals ordinals = FacetOrdinals.build(reader, state(reader), 5);
      FacetProfiles profiles = ordinals.profiles();
      assertEquals(Set.of("type", "seniority"), profiles.dims());
      // empty, job+senior, tool, job+mid, job+entry (a deleted document's still counts)
      assertEquals(5, profiles.size());

      SegmentFacets a = ordinals.segment(0);
      assertEquals(a.profiles[0], a.profiles[1], "a0 and a1 share job+senior");
      assertEquals(FacetProfiles.EMPTY, a.profiles[2], "a2 has no facet");
      assertEquals(a.profiles[3], a.profiles[4], "a3 and a4 share tool");
      assertNotEquals(a.profiles[0], a.profiles[3]);
      SegmentFacets b = ordinals.segment(1);
      assertEquals(a.profiles[0], b.profiles[1], "profiles are shared by the segments");
      assertEquals(a.profiles[0], b.profiles[3]);
      assertEquals(0, profiles.mask(FacetProfiles.EMPTY));
      assertEquals(2, Long.bitCount(profiles.mask(a.profiles[0])));
      assertEquals(1, Long.bitCount(profiles.mask(a.profiles[3])));

      // first segment: company and location in columns, category in the list
      assertEquals(Set.of("company", "location"), Set.of(a.columnDims));
      int[] location = a.columns[List.of(a.columnDims).indexOf("location")];
      assertEquals(a.none, location[2], "a2 has no location");
      assertEquals(a.none, location[3]);
      assertNotEquals(location[0], location[1]);
      assertNotNull(a.starts);
      assertEquals(0, a.starts[2] - a.starts[0], "a0 and a1 have no category");
      assertEquals(2, a.starts[4] - a.starts[3], "a3 has two categories");
      assertEquals(3, a.starts[5] - a.starts[4], "a4 has three");
      // second segment: company is multi-valued here, so it is the list; no category at all
      assertArrayEquals(new String[] {"location"}, b.columnDims);
      assertEquals(2, b.starts[1] - b.starts[0], "b0 has two companies");
      assertEquals(0, b.starts[4] - b.starts[3], "b3 has none");
    }
  }

  @Test
  void countsWithoutFilters() throws IOException {
    Map<String, Number> counts = count(Map.of());
    assertEquals(8L, counts.get("total"));
    assertEquals(5, counts.get("type/job"));
    assertEquals(2, counts.get("type/tool"));
    assertEquals(4, counts.get("seniority/senior"));
    assertEquals(1, counts.get("seniority/mid"));
    assertEquals(0, counts.get("seniority/entry"), "deleted");
    assertEquals(2, counts.get("company/acme"));
    assertEquals(2, counts.get("company/globex"));
    assertEquals(1, counts.get("company/initech"));
    assertEquals(0, counts.get("company/umbrella"));
    assertEquals(2, counts.get("location/berlin"));
    assertEquals(2, counts.get("location/paris"));
    assertEquals(1, counts.get("location/oslo"));
    assertEquals(1, counts.get("category/ml"));
    assertEquals(1, counts.get("category/security"));
  }

  @Test
  void filterInProfiles() throws IOException {
    Map<String, Number> counts = count(Map.of("seniority", List.of("senior")));
    assertEquals(4L, counts.get("total"));
    // seniority ignores its own filter; the others count the hits
    assertEquals(4, counts.get("seniority/senior"));
    assertEquals(1, counts.get("seniority/mid"));
    assertEquals(4, counts.get("type/job"));
    assertEquals(0, counts.get("type/tool"));
    assertEquals(1, counts.get("company/acme"));
    assertEquals(1, counts.get("company/globex"));
    assertEquals(1, counts.get("company/initech"));
    assertEquals(2, counts.get("location/paris"));
    assertEquals(1, counts.get("location/berlin"));
    assertEquals(0, counts.get("category/ml"));
  }

  @Test
  void filterOnColumnInOneSegmentAndListInTheOther() throws IOException {
    Map<String, Number> counts = count(Map.of("company", List.of("globex")));
    assertEquals(2L, counts.get("total"), "a1 and b0");
    assertEquals(2, counts.get("company/acme"));
    assertEquals(2, counts.get("company/globex"));
    assertEquals(1, counts.get("company/initech"));
    assertEquals(2, counts.get("type/job"));
    assertEquals(1, counts.get("seniority/senior"));
    assertEquals(1, counts.get("seniority/mid"));
    assertEquals(1, counts.get("location/paris"));
    assertEquals(1, counts.get("location/berlin"));
  }

  @Test
  void filtersInAndOutsideProfiles() throws IOException {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("company", List.of("globex"));
    filters.put("seniority", List.of("senior"));
    Map<String, Number> counts = count(filters);
    assertEquals(1L, counts.get("total"), "a1");
    // company over the senior documents, seniority over globex's
    assertEquals(1, counts.get("company/acme"));
    assertEquals(1, counts.get("company/globex"));
    assertEquals(1, counts.get("company/initech"));
    assertEquals(1, counts.get("seniority/senior"));
    assertEquals(1, counts.get("seniority/mid"));
    assertEquals(1, counts.get("type/job"));
    assertEquals(1, counts.get("location/paris"));
    assertEquals(0, counts.get("location/berlin"));
  }

  @Test
  void filterOnMultiValuedDimension() throws IOException {
    Map<String, Number> counts = count(Map.of("category", List.of("ml", "cloud")));
    assertEquals(2L, counts.get("total"), "a3 and a4");
    assertEquals(1, counts.get("category/data"));
    assertEquals(1, counts.get("category/devops"));
    assertEquals(2, counts.get("type/tool"));
    assertEquals(0, counts.get("type/job"));
  }

  /** A dimension of exactly 64 values fills the profile bits. */
  @Test
  void dimensionOfSixtyFourValues() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < 64; i++) {
          Document doc = new Document();
          doc.add(new SortedSetDocValuesFacetField("location", String.format("city %02d", i)));
          writer.addDocument(CONFIG.build(doc));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        SortedSetDocValuesReaderState state = state(reader);
        FacetOrdinals ordinals = FacetOrdinals.build(reader, state);
        assertEquals(Set.of("location"), ordinals.profiles().dims());
        assertEquals(-1L, ordinals.profiles().bitsOf("location"));
        Facets facets =
            new IndexSearcher(reader)
                .search(
                    new MatchAllDocsQuery(),
                    new SidewaysCounter(state, ordinals, Map.of("location", List.of("city 63"))))
                .facets();
        for (int i = 0; i < 64; i++) {
          assertEquals(1, facets.getSpecificValue("location", String.format("city %02d", i)));
        }
      }
    }
  }

  /** The total and the count of every value, as "dim/value". */
  private static Map<String, Number> count(Map<String, List<String>> filters) throws IOException {
    try (Directory dir = index();
        DirectoryReader reader = DirectoryReader.open(dir)) {
      SortedSetDocValuesReaderState state = state(reader);
      SidewaysCounter.Result result =
          new IndexSearcher(reader)
              .search(
                  new MatchAllDocsQuery(),
                  new SidewaysCounter(state, FacetOrdinals.build(reader, state, 5), filters));
      Map<String, Number> counts = new LinkedHashMap<>();
      counts.put("total", result.total());
      List<String> values =
          List.of(
              "type/job",
              "type/tool",
              "seniority/senior",
              "seniority/mid",
              "seniority/entry",
              "company/acme",
              "company/globex",
              "company/initech",
              "company/umbrella",
              "location/berlin",
              "location/paris",
              "location/oslo",
              "location/tokyo",
              "category/ml",
              "category/data",
              "category/cloud",
              "category/devops",
              "category/security");
      for (String value : values) {
        String[] path = value.split("/");
        counts.put(value, result.facets().getSpecificValue(path[0], path[1]));
      }
      assertNull(result.facets().getTopChildren(10, "role"), "never indexed");
      return counts;
    }
  }

  private static SortedSetDocValuesReaderState state(DirectoryReader reader) throws IOException {
    return new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
  }

  private static Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig iwc = new IndexWriterConfig(new StandardAnalyzer());
    iwc.setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, iwc)) {
      add(writer, "a0", "job", "senior", List.of("acme"), "berlin");
      add(writer, "a1", "job", "senior", List.of("globex"), "paris");
      add(writer, "a2", null, null, List.of(), null);
      add(writer, "a3", "tool", null, List.of(), null, "ml", "data");
      add(writer, "a4", "tool", null, List.of(), null, "cloud", "devops", "security");
      writer.commit(); // first segment
      add(writer, "b0", "job", "mid", List.of("acme", "globex"), "berlin");
      add(writer, "b1", "job", "senior", List.of("initech"), "paris");
      add(writer, "b2", "job", "entry", List.of("umbrella"), "tokyo");
      add(writer, "b3", "job", "senior", List.of(), "oslo");
      writer.deleteDocuments(new Term("id", "b2"));
    }
    return dir;
  }

  private static void add(
      IndexWriter writer,
      String id,
      String type,
      String seniority,
      List<String> companies,
      String location,
      String... categories)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.NO));
    List<String[]> facets = new ArrayList<>();
    if (type != null) {
      facets.add(new String[] {"type", type});
    }
    if (seniority != null) {
      facets.add(new String[] {"seniority", seniority});
    }
    companies.forEach(company -> facets.add(new String[] {"company", company}));
    if (location != null) {
      facets.add(new String[] {"location", location});
    }
    Arrays.stream(categories).forEach(c -> facets.add(new String[] {"category", c}));
    facets.forEach(f -> doc.add(new SortedSetDocValuesFacetField(f[0], f[1])));
    writer.addDocument(CONFIG.build(doc));
  }
}
