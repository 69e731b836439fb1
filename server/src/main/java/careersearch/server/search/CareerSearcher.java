package careersearch.server.search;

import careersearch.schema.Schema;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher over one point-in-time of the index, with the state that belongs to that point in
 * time: the facet ordinal map and every document's facet ordinals, built once when the searcher
 * opens rather than per request.
 */
public final class CareerSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final FacetOrdinals facetOrdinals;
  private final Instant openedAt = Instant.now();
  private final Map<String, String> commitData;

  CareerSearcher(IndexReader reader, FacetsConfig facetsConfig) throws IOException {
    super(reader);
    this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    // every document's facet ordinals, decoded here once rather than for every request
    this.facetOrdinals = FacetOrdinals.build(reader, facetState);
    this.commitData =
        reader instanceof DirectoryReader dr ? dr.getIndexCommit().getUserData() : Map.of();
  }

  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }

  public Instant openedAt() {
    return openedAt;
  }

  /** The reader's version: changes with every commit the searcher sees. */
  public long version() {
    return getIndexReader() instanceof DirectoryReader dr ? dr.getVersion() : 0;
  }

  /** When the commit was made, as recorded by the indexer. */
  public String committedAt() {
    return commitData.get(Schema.COMMIT_TIME);
  }
}
