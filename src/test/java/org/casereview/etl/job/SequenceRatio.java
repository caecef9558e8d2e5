package org.casereview.etl.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()} on two strings:
 * 2 * matched characters / total characters, the matches found as the longest common block and then,
 * recursively, the longest blocks left and right of it (Ratcliff/Obershelp).
 */
final class SequenceRatio {

    private SequenceRatio() {
    }

    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matched(a, b) / total;
    }

    private static int matched(String a, String b) {
        Map<Character, List<Integer>> positions = new HashMap<>();
        for (int j = 0; j < b.length(); j++) {
            positions.computeIfAbsent(b.charAt(j), c -> new ArrayList<>()).add(j);
        }
        int sum = 0;
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length(), 0, b.length()});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int[] block = longestMatch(a, positions, q[0], q[1], q[2], q[3]);
            int i = block[0];
            int j = block[1];
            int k = block[2];
            if (k > 0) {
                sum += k;
                if (q[0] < i && q[2] < j) {
                    queue.push(new int[] {q[0], i, q[2], j});
                }
                if (i + k < q[1] && j + k < q[3]) {
                    queue.push(new int[] {i + k, q[1], j + k, q[3]});
                }
            }
        }
        return sum;
    }

    /** The longest block a[i, i+k) == b[j, j+k) in the ranges; the earliest in a, then in b, among the longest. */
    private static int[] longestMatch(String a, Map<Character, List<Integer>> positions, int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestSize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : positions.getOrDefault(a.charAt(i), List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestSize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestSize = k;
                }
            }
            j2len = next;
        }
        return new int[] {besti, bestj, bestSize};
    }
}
