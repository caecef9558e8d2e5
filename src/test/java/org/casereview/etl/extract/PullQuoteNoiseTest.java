package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/** Digests b44 (kind 4b): a pull quote (Medium's export, WordPress' block) adorns a post; it is no summary text. */
class PullQuoteNoiseTest {

    private static AttributesImpl withClass(String value) {
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "class", "class", "CDATA", value);
        return atts;
    }

    @Test
    void aPullQuoteIsFurnitureAQuotationIsNot() {
        HtmlNoiseRules rules = HtmlNoiseRules.load();
        assertThat(rules.isNoise("blockquote", withClass("graf graf--pullquote graf-after--p"), true, false)).isTrue();
        assertThat(rules.isNoise("figure", withClass("wp-block-pullquote"), true, false)).isTrue();
        assertThat(rules.isNoise("blockquote", withClass("graf graf--blockquote"), true, false)).isFalse();
    }
}
