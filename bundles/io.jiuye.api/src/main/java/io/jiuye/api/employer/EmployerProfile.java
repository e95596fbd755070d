package io.jiuye.api.employer;

/**
 * An employer's data (seed 001 §2.1.1, domain A2): name, unified social credit code (统一社会信用代码, GB 32100-2015),
 * nature, industry, location (所在地), address, postcode, contact person, phone, e-mail, archive and hukou receiving.
 * In a registration every field is required except archive and hukou, which default to not receiving (the seed
 * forms' 单位不接收 / 不接收); in an update {@code null} leaves a field as it is (archive and hukou are replaced as a
 * whole).
 */
public record EmployerProfile(String name, String creditCode, EmployerNature nature, Industry industry,
        String location, String address, String postcode, String contactPerson, String phone, String email,
        ArchiveReceiving archive, HukouReceiving hukou) {
}
