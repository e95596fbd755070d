package io.jiuye.api.employer;

/** Household-registration receiving (户口接收): the type and the receiving address, required unless not received. */
public record HukouReceiving(HukouReceivingType type, String details) {

    /** The default of the seed's forms: not received (不接收). */
    public static HukouReceiving notReceiving() {
        return new HukouReceiving(HukouReceivingType.NOT_RECEIVING, null);
    }
}
