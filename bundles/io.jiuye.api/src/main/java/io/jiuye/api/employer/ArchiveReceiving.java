package io.jiuye.api.employer;

/**
 * Archive receiving (档案接收, seed 001 §2.1.1): whether the employer receives graduates' personal archives, and where
 * they are forwarded to (转寄单位名称, 转递地址, 邮编, 联系人, 联系电话), all required when it does.
 */
public record ArchiveReceiving(Boolean receives, String forwardingUnit, String forwardingAddress,
        String forwardingPostcode, String forwardingContact, String forwardingPhone) {

    /** The default of the seed's forms: the employer does not receive archives (单位不接收). */
    public static ArchiveReceiving notReceiving() {
        return new ArchiveReceiving(false, null, null, null, null, null);
    }
}
