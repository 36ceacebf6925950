import {
  defaultCredentials,
  fromAlibabaEcsRole,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole,
  fromTencentProfile,
  nodeFiles
} from "../chunks/chunk-7GOCDWDD.js";
import "../chunks/chunk-EHMTFJRQ.js";
import "../chunks/chunk-KJTVQA6B.js";
import "../chunks/chunk-EIMCLL2K.js";
export {
  defaultCredentials,
  fromAlibabaEcsRole,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole,
  fromTencentProfile,
  nodeFiles
};
