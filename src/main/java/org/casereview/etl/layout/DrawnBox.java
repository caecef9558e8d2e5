package org.casereview.etl.layout;

/**
 * A filled shape drawn on a page (a card, a shaded panel, a coloured band), as the rectangle that bounds it, in points
 * from the page's top-left corner.
 */
record DrawnBox(float left, float top, float right, float bottom) {

    float width() {
        return right - left;
    }

    float height() {
        return bottom - top;
    }

    float area() {
        return width() * height();
    }

    boolean contains(float x, float y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }
}
