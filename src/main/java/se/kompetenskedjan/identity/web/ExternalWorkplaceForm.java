package se.kompetenskedjan.identity.web;

import se.kompetenskedjan.identity.ExternalWorkplaceCommand;
import se.kompetenskedjan.identity.ExternalWorkplaceView;

/** A workplace without an account, as the page binds it. */
public class ExternalWorkplaceForm {

    private String name;
    private String orgNumber;
    private String address;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Long version;

    static ExternalWorkplaceForm of(ExternalWorkplaceView w) {
        ExternalWorkplaceForm f = new ExternalWorkplaceForm();
        f.name = w.name();
        f.orgNumber = w.orgNumber();
        f.address = w.address();
        f.contactName = w.contactName();
        f.contactEmail = w.contactEmail();
        f.contactPhone = w.contactPhone();
        f.version = w.version();
        return f;
    }

    ExternalWorkplaceCommand toCommand() {
        return new ExternalWorkplaceCommand(name, orgNumber, address, contactName, contactEmail, contactPhone, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
