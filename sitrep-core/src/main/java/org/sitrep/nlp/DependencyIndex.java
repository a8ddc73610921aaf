package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fast look-ups over one sentence's dependency parse: each token's head, relation and children. */
public final class DependencyIndex {
  private final int[] governor;
  private final String[] relation;
  private final List<List<Integer>> children;

  public DependencyIndex(Sentence sentence) {
    int n = sentence.tokens().size();
    governor = new int[n];
    relation = new String[n];
    Arrays.fill(governor, Dependency.ROOT);
    Arrays.fill(relation, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < 0 || d.dependent() >= n) {
        continue;
      }
      governor[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0 && d.governor() < n) {
        children.get(d.governor()).add(d.dependent());
      }
    }
  }

  /** The head's index, or {@link Dependency#ROOT}. */
  public int governor(int token) {
    return governor[token];
  }

  /** The relation to the head ("" when the sentence was not parsed). */
  public String relation(int token) {
    return relation[token];
  }

  public List<Integer> children(int token) {
    return children.get(token);
  }

  /** Whether the token is a subject: {@code nsubj}, {@code nsubj:pass} or {@code csubj}. */
  public boolean isSubject(int token) {
    String r = relation[token];
    return r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("nsubj:xsubj");
  }

  /**
   * The first and last token of a token's subtree, leaving out the children whose relation is in
   * {@code skip} (e.g. "conj" to keep one conjunct of a list).
   */
  public int[] subtreeRange(int head, java.util.Set<String> skip) {
    int[] range = {head, head};
    for (int child : children(head)) {
      if (!skip.contains(relation(child))) {
        extend(child, range, 0);
      }
    }
    return range;
  }

  private void extend(int token, int[] range, int depth) {
    range[0] = Math.min(range[0], token);
    range[1] = Math.max(range[1], token);
    if (depth < governor.length) {
      for (int child : children(token)) {
        extend(child, range, depth + 1);
      }
    }
  }
}
