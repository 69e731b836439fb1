package careersearch.server.knowledge;

/**
 * One linked document: what it is and why it is linked, in words a person can check ("names
 * PyTorch", "O*NET lists PyTorch for Data Scientists (In Demand)").
 */
public record RelatedItem(String id, String type, String title, String why) {}
