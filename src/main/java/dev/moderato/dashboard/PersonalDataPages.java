package dev.moderato.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The personal-data page's templates, under {@code templates/dashboard/}. */
@CheckedTemplate(basePath = "dashboard")
final class PersonalDataPages {

    private PersonalDataPages() {
    }

    static native TemplateInstance personalData(Frame frame, PersonalDataResource.View view);

    static native TemplateInstance personalDataConfirm(Frame frame, PersonalDataResource.View view);
}
