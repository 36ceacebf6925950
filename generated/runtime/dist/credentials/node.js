import {
  defaultCredentials,
  fromAlibabaEcsRole,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole,
  fromTencentProfile,
  nodeFiles
} from "../chunks/chunk-IORP5N6S.js";
import "../chunks/chunk-EHMTFJRQ.js";
import "../chunks/chunk-KJTVQA6B.js";
import "../chunks/chunk-KBDF5G4H.js";
export {
  defaultCredentials,
  fromAlibabaEcsRole,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole,
  fromTencentProfile,
  nodeFiles
};
