package org.casereview.etl;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaseReviewEtlApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(CaseReviewEtlApplication.class, args);
    }
}
