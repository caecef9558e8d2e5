package org.casereview.etl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the methods and constructors of a Java source by counting braces, after blanking
 * comments and literals. A brace opens a method when the text before it ends in a parameter
 * list (and maybe a throws clause) and it is not already inside a method; blocks, lambdas and
 * anonymous classes inside a method count as that method's lines.
 */
final class MethodScanner {

    /** A method by name, the line of its opening brace (from 1) and its length in lines. */
    record Method(String name, int startLine, int lines) {
    }

    private static final Pattern HEADER = Pattern.compile("(\\w+)\\s*\\([^;{}]*\\)\\s*(throws\\s+[\\w.,\\s]+)?$");
    private static final Pattern NOT_A_METHOD = Pattern.compile("\\b(new|class|record|interface|enum)\\b|=");

    private MethodScanner() {
    }

    static List<Method> methods(String source) {
        String code = blankCommentsAndLiterals(source);
        List<Method> methods = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {line, isMethod}
        String name = null;
        int line = 1;
        int headerStart = 0;
        int methodDepth = -1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String header = code.substring(headerStart, i).strip();
                Matcher m = HEADER.matcher(header);
                boolean method = methodDepth < 0 && m.find() && !NOT_A_METHOD.matcher(header).find();
                if (method) {
                    name = m.group(1);
                    methodDepth = open.size();
                }
                open.push(new int[] {line, method ? 1 : 0});
                headerStart = i + 1;
            } else if (c == '}') {
                int[] block = open.isEmpty() ? new int[] {line, 0} : open.pop();
                if (block[1] == 1) {
                    methods.add(new Method(name, block[0], line - block[0] + 1));
                    methodDepth = -1;
                }
                headerStart = i + 1;
            } else if (c == ';') {
                headerStart = i + 1;
            }
        }
        return methods;
    }

    /** Comments, strings, text blocks and characters become spaces; line breaks stay. */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end = literalOrCommentEnd(source, i);
            if (end > i) {
                for (int k = i; k < end; k++) {
                    out.append(source.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(source.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the comment or literal starting at i, or i when none starts there. */
    private static int literalOrCommentEnd(String s, int i) {
        if (s.startsWith("//", i)) {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }
        if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? s.length() : close + 2;
        }
        if (s.startsWith("\"\"\"", i)) {
            int close = s.indexOf("\"\"\"", i + 3);
            while (close > 0 && s.charAt(close - 1) == '\\') {
                close = s.indexOf("\"\"\"", close + 1);
            }
            return close < 0 ? s.length() : close + 3;
        }
        char c = s.charAt(i);
        if (c == '"' || c == '\'') {
            int k = i + 1;
            while (k < s.length() && s.charAt(k) != c && s.charAt(k) != '\n') {
                k += s.charAt(k) == '\\' ? 2 : 1;
            }
            return Math.min(k + 1, s.length());
        }
        return i;
    }
}
