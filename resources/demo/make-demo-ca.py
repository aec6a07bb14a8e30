#!/usr/bin/env python3
# Re-creates the DEMO certificate chain of the demo school from the committed keys
# (demo-root-ca.key.pem, demo-intermediate-ca.key.pem; RSA-2048, made once with
# `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`). Needs python3-cryptography.
# These certificates are NOT REAL: every name says so. They exist so that the demo school's
# consent forms carry verifiable signatures; never add them to a production trust list.
import datetime
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization

def load(p): return serialization.load_pem_private_key(open(p,'rb').read(), None)
rk = load('demo-root-ca.key.pem'); ik = load('demo-intermediate-ca.key.pem')
def name(cn): return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME,'TW'),
    x509.NameAttribute(NameOID.ORGANIZATION_NAME,'CooC Desk DEMO 示範'), x509.NameAttribute(NameOID.COMMON_NAME, cn)])
rn = name('DEMO 示範根憑證 非真實憑證 NOT REAL'); inn = name('DEMO 示範自然人憑證中繼 非真實憑證 NOT REAL')
nb = datetime.datetime(2025,1,1,tzinfo=datetime.timezone.utc); na = datetime.datetime(2046,1,1,tzinfo=datetime.timezone.utc)
ku = x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
    key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False)
root = (x509.CertificateBuilder().subject_name(rn).issuer_name(rn).public_key(rk.public_key()).serial_number(0x0DE0000001)
  .not_valid_before(nb).not_valid_after(na)
  .add_extension(x509.BasicConstraints(ca=True, path_length=None), True).add_extension(ku, True)
  .add_extension(x509.SubjectKeyIdentifier.from_public_key(rk.public_key()), False)
  .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(rk.public_key()), False)
  .sign(rk, hashes.SHA256()))
inter = (x509.CertificateBuilder().subject_name(inn).issuer_name(rn).public_key(ik.public_key()).serial_number(0x0DE0000002)
  .not_valid_before(nb).not_valid_after(na)
  .add_extension(x509.BasicConstraints(ca=True, path_length=0), True).add_extension(ku, True)
  .add_extension(x509.SubjectKeyIdentifier.from_public_key(ik.public_key()), False)
  .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(rk.public_key()), False)
  .sign(rk, hashes.SHA256()))
open('demo-root-ca.pem','wb').write(root.public_bytes(serialization.Encoding.PEM))
open('demo-intermediate-ca.pem','wb').write(inter.public_bytes(serialization.Encoding.PEM))
tu = datetime.datetime(2026,11,1,tzinfo=datetime.timezone.utc); nu = datetime.datetime(2045,12,1,tzinfo=datetime.timezone.utc)
for fn, key, pub, nm in (('demo-root-ca.crl.pem', rk, rk, rn), ('demo-intermediate-ca.crl.pem', ik, ik, inn)):
    crl = (x509.CertificateRevocationListBuilder().issuer_name(nm).last_update(tu).next_update(nu)
      .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(pub.public_key()), False)
      .add_extension(x509.CRLNumber(1), False).sign(key, hashes.SHA256()))
    open(fn,'wb').write(crl.public_bytes(serialization.Encoding.PEM))
