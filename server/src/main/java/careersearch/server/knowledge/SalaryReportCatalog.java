package careersearch.server.knowledge;

import careersearch.schema.DocType;
import careersearch.schema.FacetDim;
import careersearch.schema.Fields;
import careersearch.server.lucene.CareerSearcher;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the salary reports of a commit cover: their titles (by title key, with counts), survey years
 * and company countries. Read from terms, doc values and facets, not from the reports' sources.
 */
final class SalaryReportCatalog {
  private final SortedMap<String, Integer> byTitle = new TreeMap<>();
  private final SortedMap<Integer, Integer> byYear = new TreeMap<>();
  private final SortedSet<String> countries = new TreeSet<>();

  SalaryReportCatalog(CareerSearcher searcher) throws IOException {
    readTitles(searcher);
    SalaryStats.collect(searcher, new MatchAllDocsQuery())
        .byYear()
        .forEach((year, usd) -> byYear.put(year, usd.length));
    readCountries(searcher);
  }

  /** True when some report has this title key. */
  boolean hasTitle(String titleKey) {
    return byTitle.containsKey(titleKey);
  }

  /** Reports with this title key; 0 for none. */
  int reports(String titleKey) {
    return byTitle.getOrDefault(titleKey, 0);
  }

  /** Every title key of a report, in key order. */
  Set<String> titleKeys() {
    return Collections.unmodifiableSet(byTitle.keySet());
  }

  /** The survey years, ascending. */
  Set<Integer> years() {
    return Collections.unmodifiableSet(byYear.keySet());
  }

  /** The first survey year, or null without reports. */
  Integer firstYear() {
    return byYear.isEmpty() ? null : byYear.firstKey();
  }

  /** The latest survey year, or null without reports. */
  Integer latestYear() {
    return byYear.isEmpty() ? null : byYear.lastKey();
  }

  /** Company countries of the reports (ISO 3166 alpha-2), in order. */
  SortedSet<String> countries() {
    return Collections.unmodifiableSortedSet(countries);
  }

  /** Live salary reports per title key, from the terms of {@link Fields#TITLE_KEY}. */
  private void readTitles(CareerSearcher searcher) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Fields.TITLE_KEY);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        postings = te.postings(postings, PostingsEnum.NONE);
        int count = 0;
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            count++;
          }
        }
        if (count > 0) {
          byTitle.merge(term.utf8ToString(), count, Integer::sum);
        }
      }
    }
  }

  /** Company countries of the reports, from the location facet counted over reports only. */
  private void readCountries(CareerSearcher searcher) throws IOException {
    FacetsCollector fc =
        FacetsCollectorManager.search(
                searcher,
                new TermQuery(new Term(Fields.TYPE, DocType.SALARY_REPORT.key())),
                1,
                new FacetsCollectorManager())
            .facetsCollector();
    try {
      FacetResult result =
          new SortedSetDocValuesFacetCounts(searcher.facetState(), fc)
              .getAllChildren(FacetDim.LOCATION.param());
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          if (lv.value.intValue() > 0) {
            countries.add(lv.label);
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // no document of the index has a location: no countries
    }
  }
}
