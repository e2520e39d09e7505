package makerspace.peer.conditions;

import java.time.LocalDate;
import java.util.List;

/**
 * What an operator declares about a space for Art. 5, as libs/policy's SpaceDeclaration: the
 * organisation, the venue and the figures. Consistency between figures is judged by the rules.
 */
public record Declaration(Organisation organisation, Venue venue, Figures figures) {

    public record Organisation(String uscc, LocalDate registeredOn, boolean independentLegalPerson) {}

    public record Venue(String divisionCode) {}

    public record Figures(
            double totalAreaM2,
            double workstationAreaM2,
            double publicServiceAreaM2,
            Facilities facilities,
            int startupWorkstations,
            List<Resident> residents,
            List<NewCompany> newCompaniesLast12Months,
            List<Financing> financingsLast12Months,
            Staff staff,
            List<Mentor> mentors,
            List<Activity> activities) {}

    public record Facilities(boolean freeOrLowCostInternet, boolean publicSoftware, boolean sharedOfficeEquipment) {}

    public record Resident(String name, String kind, LocalDate movedInOn, String project) {}

    public record NewCompany(String name, LocalDate registeredOn) {}

    public record Financing(String residentName, double amountYuan, String investor, LocalDate closedOn) {}

    public record Staff(int total, int professionalIncubation, int property) {}

    public record Mentor(String name, String appointedBy) {}

    public record Activity(LocalDate heldOn, String kind, String title, int participants) {}
}
