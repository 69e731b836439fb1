package careersearch.indexer.model;

/**
 * One row of O*NET "Technology Skills": a software example used by an occupation.
 *
 * @param occupationCode O*NET-SOC code
 * @param example software name (e.g. PyTorch)
 * @param commodityTitle UNSPSC commodity title (e.g. Object or component oriented development
 *     software)
 */
public record OnetTechnology(
    String occupationCode,
    String example,
    String commodityTitle,
    boolean hotTechnology,
    boolean inDemand) {}
