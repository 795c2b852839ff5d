package se.kompetenskedjan.invitations.web;

/** The invitation page's form: the new password, twice. */
public class AcceptForm {

    private String password;
    private String repeat;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    @Override
    public String toString() {
        return "AcceptForm[***]";
    }
}
