package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser leftovers of session 40 (issue 9: "a code is about the child it describes"), each tried on
 * invented sentences that are in none of the sets, with counter-examples that keep their values: a crash from the
 * carer's own impaired driving with the child aboard is `neglect` alone (the lead's session-40 decision in
 * unseen-entries.txt), a collision with no carer's failure stays `other`; a few days' absence from school is no child
 * out of school; a young child drowned in the bath when the carer left the child to do something else is `neglect` (the
 * session-29 decision). Every child, family and place here is invented.
 */
class HeldOutPhrasingRules28Test {

    @Test
    void aCrashFromTheCarersOwnImpairedDrivingIsNeglectAlone() {
        assertThat(untyped("Child Z, aged 6, was seriously injured in 2029 when the car her father was driving while "
                + "drunk left the road and hit a wall.").harmTypes()).containsExactly("neglect");
        assertThat(untyped("Child Z, 9, died in 2029 after his mother, who was over the limit, crashed the family car on "
                + "a bypass with him in the back seat.").harmTypes()).containsExactly("neglect");
        assertThat(untyped("In 2029 Child Z, aged 15, was hurt in a car crash; his stepfather had been driving under the "
                + "influence of cannabis.").harmTypes()).containsExactly("neglect");
    }

    @Test
    void aCollisionWithNoCarersFailureToldStaysOther() {
        assertThat(untyped("Child Z, aged 7, was hit by a car in 2029 while crossing the road with her grandmother.")
                .harmTypes()).containsExactly("other");
        assertThat(untyped("Child Z, 10, was injured in 2029 when another driver crashed into the family's car at a "
                + "junction.").harmTypes()).containsExactly("other");
        // a drink-driving conviction at another time is an offence, no harm of the child's
        assertThat(untyped("Child Z, 8, was bruised on her arms in 2029. Her father had been convicted of drink driving "
                + "in 2026.").harmTypes()).doesNotContain("neglect", "other");
    }

    @Test
    void aFewDaysAbsenceFromSchoolIsNoChildOutOfSchool() {
        assertThat(untyped("Child Z, 13, was found with injuries to her face in 2029. She had been absent from school on "
                + "two days the week before.").childContext()).doesNotContain("not_in_school");
        assertThat(untyped("Child Z, 14, was stabbed in 2029. The school had reported him missing from school for four "
                + "days that month.").childContext()).doesNotContain("not_in_school");
        // a long absence or a child missing education keeps the code
        assertThat(untyped("Child Z, 14, was stabbed in 2029. He had been missing from education since 2027.")
                .childContext()).contains("not_in_school");
        assertThat(untyped("Child Z, 12, was found injured in 2029. She had been out of school for over a year.")
                .childContext()).contains("not_in_school");
    }

    @Test
    void aYoungChildDrownedInTheBathWhenTheCarerLeftIsNeglect() {
        assertThat(untyped("Child Z, aged 1, drowned in the bath in 2029 when her father, 30, left her to take a phone "
                + "call.").harmTypes()).contains("neglect");
        assertThat(untyped("Child Z, aged 2, drowned in the bath in 2029 after his mother, aged 19, left him to fetch a "
                + "towel from the bedroom.").harmTypes()).contains("neglect");
        // the carer there and awake: no want of supervision told
        assertThat(untyped("Child Z, aged 2, had a seizure in the bath in 2029 while her mother was washing her hair.")
                .harmTypes()).doesNotContain("neglect");
    }
}
